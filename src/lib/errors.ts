/**
 * One error type with stable codes, rendered once as RFC 9457 problem details
 * by the error handler (src/plugins/errors.ts).
 */
export interface FieldError {
  path: string;
  message: string;
  code?: string;
}

export interface AppErrorOptions {
  errors?: FieldError[];
  /** Extra members of the problem document (RFC 9457 section 3.2). */
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
  cause?: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  417: 'Expectation Failed',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function statusTitle(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

export class AppError extends Error {
  readonly errors?: FieldError[];
  readonly extensions?: Record<string, unknown>;
  readonly headers?: Record<string, string>;

  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    options: AppErrorOptions = {},
  ) {
    super(detail, { cause: options.cause });
    this.name = 'AppError';
    this.errors = options.errors;
    this.extensions = options.extensions;
    this.headers = options.headers;
  }
}

export const notFound = (what: string, id?: string) => new AppError(404, 'NOT_FOUND', id ? `${what} ${id} does not exist.` : `${what} does not exist.`);

export const conflict = (code: string, detail: string, options?: AppErrorOptions) => new AppError(409, code, detail, options);

export const unprocessable = (code: string, detail: string, options?: AppErrorOptions) => new AppError(422, code, detail, options);

export function problemType(code: string): string {
  return `/problems/${code.toLowerCase().replace(/_/g, '-')}`;
}
