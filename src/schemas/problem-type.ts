// The documentation a problem's `type` URI leads to.
import { Type } from '@sinclair/typebox'

export const ProblemTypeSchema = Type.Object({
  type: Type.String({ description: 'The problem type URI', examples: ['/problems/not-found'] }),
  code: Type.String({ description: 'The error code problems of this type carry', examples: ['CONTENT_ERR_NOT_FOUND'] }),
  title: Type.String({ description: 'The title problems of this type carry', examples: ['Resource not found'] }),
  status: Type.Integer({ description: 'The HTTP status problems of this type are sent with', examples: [404] }),
  cause: Type.String({ description: 'What leads to a problem of this type', examples: ['No resource with this id or slug is visible to the caller'] }),
  fix: Type.String({ description: 'What to do about it', examples: ['Check the id or slug; find current ones with GET /v1/articles'] })
}, { $id: 'ProblemType', description: 'Describes one kind of problem the API reports' })
