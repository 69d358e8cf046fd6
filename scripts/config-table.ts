// Prints the README configuration table from the config schema (pnpm config:table).
import { describeConfig } from '@screening/runtime';

console.log('| variable | default | what |\n| --- | --- | --- |');
for (const row of describeConfig()) console.log(`| \`${row.name}\` | ${row.default === '' ? '—' : `\`${row.default}\``} | ${row.description} |`);
