import openapiTS, { astToString } from 'openapi-typescript';

/** The TypeScript types of openapi.yaml, as committed in test/client/api.d.ts. */
export async function renderClientTypes(yaml: string): Promise<string> {
  const ast = await openapiTS(yaml);
  return `// Generated from openapi.yaml by \`npm run openapi:types\`; do not edit by hand.\n${astToString(ast)}`;
}
