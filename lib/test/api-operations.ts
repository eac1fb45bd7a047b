/**
 * The API as issues #3, #4 and #6 ask for it, written out independently of lib/api/endpoints.ts so
 * that the OpenAPI document is checked against the issues rather than against itself.
 */
export const EXPECTED_API_OPERATIONS = [
  "get /workers",
  "post /workers",
  "get /workers/{id}",
  "patch /workers/{id}",
  "post /workers/{id}/transfer",
  "post /workers/{id}/status",
  "get /reports/destinations",
  "get /reports/breakdown",
  "get /reports/monthly",
  "get /published-figures",
  "post /published-figures",
  "get /published-figures/{id}",
  "put /published-figures/{id}",
  "post /published-figures/{id}/retire",
  "post /published-figures/{id}/restore",
  "post /published-figures/import",
  "get /quotas",
  "put /quotas",
  "get /imports",
  "post /imports",
  "get /imports/{id}",
  "post /imports/{id}/run",
  "get /imports/{id}/rejected.csv",
  "get /openapi.json",
];
