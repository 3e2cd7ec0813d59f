import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';
import { placeholdersOf, type MessageKey } from './messages';

describe('dictionaries', () => {
  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(id) as MessageKey[]) {
      expect({ key, placeholders: placeholdersOf(en[key]) }).toEqual({ key, placeholders: placeholdersOf(id[key]) });
    }
  });

  it('translate every message (no English left in Indonesian by copy-paste)', () => {
    const same = (Object.keys(id) as MessageKey[]).filter(
      (key) => id[key] === en[key] && !/^(app\.name|nav\.menu|role\.|regions\.top|users\.create\.regionFound)/.test(key),
    );
    expect(same).toEqual([]);
  });
});
