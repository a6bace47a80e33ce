// Liveness and readiness answers for load balancers and orchestrators.
import { Type, type Static } from '@sinclair/typebox'

export const HealthSchema = Type.Object({
  status: Type.Literal('ok', { description: 'The process is up and serving HTTP' })
}, { $id: 'Health', description: 'Liveness: the process answers' })

export const ReadinessSchema = Type.Object({
  status: Type.Literal('ready', { description: 'The service can serve content' }),
  database: Type.Literal('ok', { description: 'The database answered a query' })
}, { $id: 'Readiness', description: 'Readiness: the database answers too' })

export type Health = Static<typeof HealthSchema>
export type Readiness = Static<typeof ReadinessSchema>
