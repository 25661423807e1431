/**
 * JUnit XML for `loi-extract check`: one test case per document, so GitLab, GitHub and Jenkins show a
 * corpus check like any test run. The format is the de-facto one of Ant's JUnit task, which those read:
 * `testsuites` › `testsuite` › `testcase`, with `failure` for a wrong result and `error` for a document that
 * could not be checked. No timestamps or durations: the report of the same run is the same bytes.
 */

/** One document's outcome as the report shows it. */
export interface JunitCase {
  /** The input as given on the command line. */
  name: string;
  /** `fail`: fields differ or the expected file is missing; `error`: the document could not be extracted. */
  status: 'pass' | 'fail' | 'error';
  /** One line: which fields differ, or why it could not be checked. */
  message?: string;
  /** The full explanation (the field-by-field diff). */
  details?: string;
}

/** Renders a JUnit XML report of one check run. */
export function junitReport(suite: string, cases: readonly JunitCase[]): string {
  const failures = cases.filter((c) => c.status === 'fail').length;
  const errors = cases.filter((c) => c.status === 'error').length;
  const counts = `tests="${cases.length}" failures="${failures}" errors="${errors}"`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(suite)}" ${counts}>`,
    `  <testsuite name="${attr(suite)}" ${counts} skipped="0">`,
  ];
  for (const testCase of cases) {
    const open = `    <testcase classname="${attr(suite)}" name="${attr(testCase.name)}"`;
    if (testCase.status === 'pass') {
      lines.push(`${open}/>`);
      continue;
    }
    const tag = testCase.status === 'fail' ? 'failure' : 'error';
    const type = testCase.status === 'fail' ? 'FieldMismatch' : 'ExtractionError';
    lines.push(
      `${open}>`,
      `      <${tag} message="${attr(testCase.message ?? '')}" type="${type}">${text(testCase.details ?? '')}</${tag}>`,
      '    </testcase>',
    );
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}

/** True for characters XML 1.0 cannot hold at all: control characters other than tab, newline and return. */
function notXml(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r') || code === 0xfffe || code === 0xffff
  );
}

function text(value: string): string {
  return [...value]
    .map((char) => (notXml(char) ? '\uFFFD' : char))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
