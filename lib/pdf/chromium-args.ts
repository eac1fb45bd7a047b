/**
 * How Chromium is started, for the tests and for rendering PDFs: without a sandbox (it runs as
 * root in containers), a GPU or any of the calls home a browser makes on its own.
 */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
