// `beitrag keys`: API key management, planned; this version has no API keys and says so.
import { EXIT, type Command } from './command.js'

export const keysCommand: Command = {
  name: 'keys',
  summary: 'Manage API keys (planned: not available in this version)',
  help: `usage: beitrag keys create <name>
       beitrag keys list
       beitrag keys revoke <id>

API keys are planned: they will let trusted callers (a newsroom's own tools) authenticate.
  create <name>   create a key and print its secret, once; only a hash is stored
  list            list the keys: id, name, when created and last used, whether revoked
  revoke <id>     revoke a key; requests that use it are refused from then on

They are not available in this version: every subcommand exits with code 69 (unavailable).`,
  async run () {
    process.stderr.write('beitrag keys: API keys are not available in this version of beitrag\n')
    return EXIT.UNAVAILABLE
  }
}
