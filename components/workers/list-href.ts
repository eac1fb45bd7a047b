/** The worker list's URL for the current filters with some changed; paging restarts unless a cursor is given. */
export function listHref(path: string, current: Record<string, string>, changes: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  const merged = { ...current, cursor: undefined, ...changes };
  for (const [key, value] of Object.entries(merged)) {
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
