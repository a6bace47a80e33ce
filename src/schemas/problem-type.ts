// The documentation a problem's `type` URI leads to.
import { Type } from '@sinclair/typebox'

export const ProblemTypeSchema = Type.Object({
  type: Type.String({ description: 'The problem type URI', examples: ['/problems/not-found'] }),
  code: Type.String({ description: 'The error code problems of this type carry', examples: ['CONTENT_ERR_NOT_FOUND'] }),
  title: Type.String({ description: 'The title problems of this type carry', examples: ['Resource not found'] }),
  status: Type.Integer({ description: 'The HTTP status problems of this type are sent with', examples: [404] })
}, { $id: 'ProblemType', description: 'Describes one kind of problem the API reports' })
