/**
 * How the printable documents look, on screen, on the browser's print-out and in the PDF alike.
 * Scoped to .doc so that it never touches the page around a document.
 */
export const DOCUMENT_CSS = `
.doc { color: #0f172a; background: #fff; line-height: 1.7; }
.doc [lang="en"] { line-height: 1.4; }
.doc dl { margin: 0; }
.doc dd { margin: 0; }
.doc-slip { width: 12cm; max-width: 100%; box-sizing: border-box; padding: 0.5cm; border: 2px dashed #94a3b8; border-radius: 6px; }
.doc-slip .doc-title { font-weight: 600; margin: 0 0 0.3cm; }
.doc-slip dl > div { margin-bottom: 0.25cm; }
.doc-slip dt { font-size: 0.75rem; color: #475569; }
.doc-slip .doc-code { font-size: 1.5rem; font-weight: 600; letter-spacing: 0.15em; }
/* Codes stay in the self-hosted font (a PDF embeds no other), with digits of one width. */
.doc-mono { font-variant-numeric: tabular-nums; letter-spacing: 0.02em; }
.doc-note { font-size: 0.75rem; color: #475569; margin: 0.3cm 0 0; }
.doc-certificate { max-width: 18cm; margin: 0 auto; padding: 1.2cm 1.4cm; border: 3px double #1e3a8a; text-align: center; box-sizing: border-box; }
.doc-certificate p { margin: 0; }
.doc-kingdom { font-weight: 600; margin-bottom: 0.6cm; }
.doc-issuer { font-size: 0.9rem; margin-bottom: 0.8cm; }
.doc-certificate h1 { font-size: 1.6rem; color: #1e3a8a; margin: 0 0 0.6cm; font-weight: 600; }
.doc-certificate h1 span { display: block; }
.doc-name { font-size: 1.5rem; font-weight: 600; margin: 0.3cm 0; }
.doc-name span, .doc-course span { display: block; }
.doc-course { font-size: 1.2rem; font-weight: 600; margin: 0.3cm 0 0.6cm; }
.doc-certificate dl { display: grid; grid-template-columns: auto auto; gap: 0.15cm 0.5cm; justify-content: center; text-align: left; font-size: 0.9rem; }
.doc-certificate dt { color: #475569; }
/* A revoked certificate must not pass for a valid one, on screen or on paper. */
.doc-revoked { border: 3px solid #b91c1c; color: #b91c1c; padding: 0.3cm; margin-bottom: 0.6cm; font-weight: 600; }
.doc-revoked-title { font-size: 1.4rem; letter-spacing: 0.05em; }
.doc-revoked-title span { display: block; }
.doc-is-revoked { border-color: #b91c1c; }
@media print {
  @page { size: A4; margin: 12mm; }
  .doc-certificate { border-color: #1e3a8a; }
}
`;
