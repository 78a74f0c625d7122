import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bitekst-check-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const source = file('nb.txt', 'Krigen krevde 30.000 liv i 1994, sier Putin.\nDet var to helikoptre.\nHvorfor?\n');
const target = file('en.txt', 'The war claimed 36,000 lives in 1994, says Medvedev.\nThere were two helicopters.\nWhy.\n');

describe('bitekst check', () => {
  it('prints findings for people with the differing values highlighted', () => {
    const result = runCli(['check', source, target, '--presegmented']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^3 findings: 2 errors, 1 warning,/);
    expect(result.stdout).toMatch(/ERROR {3}number\/different/);
    expect(result.stdout).toContain('⟦30.000⟧');
    expect(result.stdout).toContain('⟦36,000⟧');
  });

  it('prints JSON for programs', () => {
    const json = JSON.parse(runCli(['check', source, target, '--presegmented', '--format', 'json']).stdout);
    expect(json.findings.map((finding: { kind: string }) => finding.kind)).toEqual(['number', 'name', 'punctuation']);
    expect(json.summary.severities).toEqual({ error: 2, warning: 1, info: 0 });
  });

  it('prints SARIF 2.1.0 with locations in the target file', () => {
    const sarif = JSON.parse(runCli(['check', source, target, '--presegmented', '--format', 'sarif']).stdout);
    expect(sarif.version).toBe('2.1.0');
    const result = sarif.runs[0].results[0];
    expect(result).toMatchObject({ ruleId: 'number', level: 'error' });
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(target);
    expect(result.locations[0].physicalLocation.region.startLine).toBe(1);
  });

  it('exits 1 with --fail-on when findings reach the severity, 0 otherwise', () => {
    expect(runCli(['check', source, target, '--presegmented', '--fail-on', 'error']).code).toBe(1);
    expect(runCli(['check', source, target, '--presegmented', '--fail-on', 'error', '--exclude', 'number,name']).code).toBe(0);
    expect(runCli(['check', source, target, '--presegmented', '--fail-on', 'warning', '--kinds', 'punctuation']).code).toBe(1);
  });

  it('suppresses a finding by id', () => {
    const json = JSON.parse(runCli(['check', source, target, '--presegmented', '--format', 'json']).stdout);
    const id = json.findings[1].id;
    const again = JSON.parse(runCli(['check', source, target, '--presegmented', '--format', 'json', '--suppress', id]).stdout);
    expect(again.findings.map((finding: { id: string }) => finding.id)).not.toContain(id);
  });

  it('exits 2 on an unknown kind or severity', () => {
    expect(runCli(['check', source, target, '--kinds', 'bogus']).code).toBe(2);
    expect(runCli(['check', source, target, '--fail-on', 'fatal']).code).toBe(2);
  });
});
