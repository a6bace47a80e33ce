// Response serialisers compiled on first use instead of at start. Fastify compiles one fast-json-stringify function
// per route, status and media type while it starts: ~150 here, a third of the start-up time, most of them for error
// answers a process may never send. Each is still compiled once, by the same compiler, from the same schemas.
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler'

type Factory = ReturnType<typeof SerializerSelector>

export function lazySerializers (): Factory {
  const eager = SerializerSelector()
  return (externalSchemas, options) => {
    const compile = eager(externalSchemas, options)
    return (route) => {
      let serialize: ((doc: unknown) => string) | undefined
      return (doc: unknown) => (serialize ??= compile(route))(doc)
    }
  }
}
