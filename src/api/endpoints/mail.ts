/** Emailing a customer, statements (one, many, their email) and what they are sent from. */
import { MAX_ATTACHMENT_BYTES, MAX_EMAIL_BODY_BYTES, MAX_MAIL_BODY_LENGTH, MAX_STATEMENT_CONTACTS, MAX_SUBJECT_LENGTH } from '../limits';
import {
  contactPathSchema,
  emailInputSchema,
  emailSentResponse,
  emptyResponse,
  statementMailResponse,
  statementPeriodQuerySchema,
  statementResponse,
  statementsQuerySchema,
  statementsResponse,
} from '../schemas';
import { exampleMailContent, exampleOutboxEmail, exampleStatement } from './examples';
import type { Endpoint, RequestBody } from './types';

const path = contactPathSchema;
const mb = (bytes: number) => `${bytes / (1024 * 1024)} MB`;

const emailBody = (example: Record<string, unknown>): RequestBody => ({
  schema: emailInputSchema,
  forms: 'zoho-files',
  maxBytes: MAX_EMAIL_BODY_BYTES,
  description:
    `Subject ≤ ${MAX_SUBJECT_LENGTH} and body ≤ ${MAX_MAIL_BODY_LENGTH} characters; every address must belong to one of the customer's contact persons. ` +
    `Attachments, at most ${mb(MAX_ATTACHMENT_BYTES)} together (decoded), as \`attachments\` file parts of a multipart body beside its \`JSONString\` part, ` +
    'or in JSON as `attachments: [{file_name, content_type, content_base64}]`; `content_type` must be a valid media type without CR/LF.',
  example,
});

export const mailEndpoints: Endpoint[] = [
  {
    method: 'post',
    path: '/contacts/{contact_id}/email',
    operationId: 'emailContact',
    tag: 'Email',
    summary: 'Email a customer',
    params: { path },
    body: emailBody({
      to_mail_ids: ['hana@kobayashi-foods.example'],
      subject: 'Your June invoices',
      body: 'Dear Hana,\n\nPlease find the unpaid invoices attached.',
      attachments: [{ file_name: 'unpaid.csv', content_type: 'text/csv', content_base64: 'SW52b2ljZSxCYWxhbmNlCklOVi0wMDAwMDcsMTAwMDAwCg==' }],
    }),
    response: { status: 200, message: 'Email has been sent.', payload: emailSentResponse, example: { email: exampleOutboxEmail } },
    errors: ['notFound'],
  },
  {
    method: 'get',
    path: '/contacts/{contact_id}/statements/email',
    operationId: 'getStatementMailContent',
    tag: 'Statements',
    summary: "The statement email's prefilled content",
    description:
      "From the customer's statement email template (or the org default) for the period; persons with an email are the possible recipients, the primary one selected.",
    params: { path, query: statementPeriodQuerySchema },
    response: { status: 200, message: 'success', payload: statementMailResponse, example: { data: exampleMailContent } },
    errors: ['notFound', 'invalid'],
  },
  {
    method: 'post',
    path: '/contacts/{contact_id}/statements/email',
    operationId: 'emailStatement',
    tag: 'Statements',
    summary: 'Email a statement',
    description: 'The same fields as emailing the customer; the client attaches the PDF it rendered.',
    params: { path },
    body: emailBody({
      to_mail_ids: ['hana@kobayashi-foods.example'],
      subject: exampleMailContent.subject,
      body: exampleMailContent.body,
      attachments: [{ file_name: exampleMailContent.file_name, content_type: 'application/pdf', content_base64: 'JVBERi0xLjQK' }],
    }),
    response: { status: 200, message: 'Statement has been sent to the Customer.', payload: emptyResponse, example: {} },
    errors: ['notFound'],
  },
  {
    method: 'get',
    path: '/contacts/{contact_id}/statement',
    operationId: 'getContactStatement',
    tag: 'Statements',
    summary: "A customer's statement data",
    description: 'Opening balance, the lines of the period and the totals; the client renders the PDF from it.',
    ext: true,
    params: { path, query: statementPeriodQuerySchema },
    response: { status: 200, message: 'success', payload: statementResponse, example: { statement: exampleStatement } },
    errors: ['notFound', 'invalid'],
  },
  {
    method: 'get',
    path: '/contacts/statements',
    operationId: 'getContactStatements',
    tag: 'Statements',
    summary: 'Statement data of many customers',
    description: `For bulk print and send: at most ${MAX_STATEMENT_CONTACTS} customers (3006 beyond); one hidden or missing customer fails the whole request (404).`,
    ext: true,
    params: { query: statementsQuerySchema },
    response: { status: 200, message: 'success', payload: statementsResponse, example: { statements: [exampleStatement] } },
    errors: ['notFound', 'invalid', 'tooManyStatements'],
  },
];
