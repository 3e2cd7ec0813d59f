import { describe, expect, it } from 'vitest';
import { ApiError } from '#web/api/client.ts';
import { describeError, describeIssue } from './errors';
import { everyWord } from './everyWord';

const { id, en } = everyWord;

describe('describeIssue', () => {
  it('asks for a whole number where a decimal was typed, not for the field to be filled in', () => {
    expect(describeIssue({ field: 'participantsFemale', issue: 'not_integer', message: '' }, id).message).toBe(
      'Harus bilangan bulat, misalnya 12.',
    );
  });

  it('prefers a field-specific sentence', () => {
    expect(describeIssue({ field: 'username', issue: 'duplicate', message: 'taken' }, id)).toEqual({
      field: 'username',
      label: 'Nama pengguna',
      message: 'Nama pengguna ini sudah dipakai.',
    });
  });

  it('counts characters for text and units for numbers', () => {
    expect(describeIssue({ field: 'password', issue: 'too_small', message: '', limit: 8 }, en).message).toBe(
      'Too short: at least 8 characters.',
    );
    expect(describeIssue({ field: 'partnerId', issue: 'too_small', message: '', limit: 1 }, en).message).toBe('Too small: at least 1.');
  });

  it('says why a password is refused, in both languages, under the field’s label', () => {
    const common = { field: 'newPassword', issue: 'common_password', message: 'is a common password' };
    expect(describeIssue(common, id)).toEqual({
      field: 'newPassword',
      label: 'Kata sandi baru',
      message: 'Kata sandi ini terlalu umum atau mudah ditebak. Pakai beberapa kata yang tidak saling berhubungan.',
    });
    expect(describeIssue({ field: 'password', issue: 'contains_username', message: '' }, en)).toMatchObject({
      label: 'Password',
      message: 'The password must not contain the username.',
    });
    expect(describeIssue({ field: 'title', issue: 'control_character', message: '' }, id).message).toMatch(/karakter kendali/);
  });

  it('names a nested field by its last segment and falls back for unknown issues', () => {
    expect(describeIssue({ field: 'indicators.2.weight', issue: 'something_new', message: 'x' }, en)).toEqual({
      field: 'indicators.2.weight',
      label: 'Weight',
      message: 'This value is not right yet.',
    });
  });
});

describe('describeError', () => {
  it('shows how long to wait when rate limited', () => {
    const error = new ApiError('rate_limited', 429, 'too many', [], 42);
    expect(describeError(error, id).summary).toBe('Terlalu banyak percobaan. Coba lagi dalam 42 detik.');
  });

  it('translates a lost connection', () => {
    expect(describeError(new ApiError('network', 0, 'Failed to fetch'), en).summary).toMatch(/No connection/);
  });

  it('lets a page override a code', () => {
    const error = new ApiError('unauthenticated', 401, 'wrong username or password');
    expect(describeError(error, id, { unauthenticated: id['login.wrongCredentials'] }).summary).toBe(
      'Nama pengguna atau kata sandi salah.',
    );
  });
});
