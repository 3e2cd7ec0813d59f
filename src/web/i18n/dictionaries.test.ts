import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyWord, featureParts, pageWords } from './everyWord';
import { id as coreId } from './id';
import { placeholdersOf, type MessageKey } from './messages';

const { id, en } = everyWord;
const prefixesOf = (words: object) => new Set(Object.keys(words).map((key) => key.split('.')[0] ?? key));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('dictionaries', () => {
  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(id) as MessageKey[]) {
      expect({ key, placeholders: placeholdersOf(en[key]) }).toEqual({ key, placeholders: placeholdersOf(id[key]) });
    }
  });

  it('translate every message (no English left in Indonesian by copy-paste)', () => {
    const same = (Object.keys(id) as MessageKey[]).filter(
      (key) => id[key] === en[key] && !/^(app\.name|nav\.menu|nav\.elis|role\.|regions\.top|users\.create\.regionFound)/.test(key),
    );
    expect(same).toEqual([]);
  });

  // A feature's words load with its pages (features/<f>/messages.ts). That only works if every
  // file that says one of them imports the list, and no file elsewhere says them.
  it("keep each lazily loaded feature's words in that feature, and every file that says them imports them", () => {
    const root = join(__dirname, '..');
    const coreGroups = prefixesOf(coreId);
    const problems: string[] = [];
    for (const [feature, part] of Object.entries(featureParts)) {
      // Field names and issue texts are looked up at run time by the error describer, from
      // whatever words are loaded: a feature keeps those of its own forms.
      const groups = [...prefixesOf(part.id)].filter((g) => g !== 'field' && g !== 'issue');
      const shared = groups.filter((g) => coreGroups.has(g));
      if (shared.length > 0) problems.push(`${feature}: groups also in id.ts: ${shared.join(', ')}`);
      // A key said outright, or a group of keys built at run time (`practiceStatus.${status}`).
      const keys = new Set(Object.keys(part.id));
      const saysKey = (text: string) => [...text.matchAll(/'([a-zA-Z_]+\.[\w.]+)'/g)].some((m) => keys.has(m[1] ?? ''));
      const saysGroup = new RegExp(`\`(${groups.join('|')})\\.\\$\\{`);
      for (const file of sourceFiles(root)) {
        const text = readFileSync(file, 'utf8');
        if (file.endsWith('messages.ts') || file.endsWith(join('i18n', 'everyWord.ts'))) continue;
        if (!saysKey(text) && !saysGroup.test(text)) continue;
        const where = relative(root, file);
        if (!where.startsWith(join('features', feature))) problems.push(`${where} says words of ${feature}`);
        else if (!/^import '(\.\/|\.\.\/)+messages\.ts';$/m.test(text)) {
          problems.push(`${where} says words of ${feature} without importing its messages`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("bring the later pages' words wherever they are said", () => {
    const keys = new Set(Object.keys(pageWords.id));
    const groups = [...prefixesOf(pageWords.id)].filter((g) => g !== 'field' && g !== 'issue');
    const saysGroup = new RegExp(`\`(${groups.join('|')})\\.\\$\\{`);
    const unbrought = sourceFiles(join(__dirname, '..'))
      .filter((file) => !file.includes(join('web', 'i18n')))
      .filter((file) => {
        const text = readFileSync(file, 'utf8');
        const says = [...text.matchAll(/'([a-zA-Z_]+\.[\w.]+)'/g)].some((m) => keys.has(m[1] ?? '')) || saysGroup.test(text);
        return says && !/^import '#web\/i18n\/pages\.ts';$/m.test(text);
      })
      .map((file) => relative(join(__dirname, '..'), file));
    expect(unbrought).toEqual([]);
  });
});
