// Validators and response serialisers compiled on first use instead of at start. Fastify compiles an Ajv validator
// per route and request part, and a fast-json-stringify function per route, status and media type, while it starts:
// hundreds here, most of the start-up time, many of them for routes or error answers a process may never see. Each
// is still compiled once, by the same compiler, from the same schemas, with the same options.
import { AjvCompiler } from '@fastify/ajv-compiler'
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler'

type SerializerFactory = ReturnType<typeof SerializerSelector>
type ValidatorFactory = ReturnType<typeof AjvCompiler>
interface Validate { (data: unknown): unknown, errors?: unknown }

export function lazySerializers (): SerializerFactory {
  const eager = SerializerSelector()
  return (externalSchemas, options) => {
    const compile = eager(externalSchemas, options)
    return (route) => {
      let serialize: ((doc: unknown) => string) | undefined
      return (doc: unknown) => (serialize ??= compile(route))(doc)
    }
  }
}

export function lazyValidators (): ValidatorFactory {
  const eager = AjvCompiler()
  return ((externalSchemas: Parameters<ValidatorFactory>[0], options: Parameters<ValidatorFactory>[1]) => {
    // The Ajv instance itself waits for the first validation too: adding the shared schemas to it compiles JSON
    // Schema's meta-schema and checks every schema against it, a third of a second that start-up need not wait for.
    let compile: ((route: unknown) => Validate) | undefined
    return (route: unknown): Validate => {
      let validate: Validate | undefined
      // Fastify reads a failed validation's errors from the function it was given: they are copied onto it.
      const lazy: Validate = (data) => {
        compile ??= eager(externalSchemas, options) as unknown as (route: unknown) => Validate
        validate ??= compile(route)
        const valid = validate(data)
        lazy.errors = validate.errors
        return valid
      }
      return lazy
    }
  }) as unknown as ValidatorFactory
}
