/**
 * Text safe to lay out in a PDF: control characters (other than line breaks) become spaces and a lone
 * UTF-16 surrogate becomes U+FFFD, so a hostile name can neither break the layout nor the font encoder.
 */
export function pdfSafeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is what this does
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
  );
}
