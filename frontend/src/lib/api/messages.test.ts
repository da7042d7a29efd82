import { describe, expect, it } from 'vitest';
import { messagesFor } from '$lib/i18n/index.svelte';
import { fieldMessages, messagesByField, problemMessage } from './messages';
import { networkProblem, toProblem, type Problem } from './problem';

const nl = messagesFor('nl');
const en = messagesFor('en');

/** The 400 the API really returns for ?q= of 101 characters, a limit of 0 and a bad cursor. */
const invalid: Problem = {
  type: 'urn:nl:samenspel:problem:invalid_input',
  title: 'Ongeldige invoer',
  status: 400,
  detail: '3 probleem/problemen met de invoer; zie invalidParams.',
  instance: '/api/v1/municipalities',
  code: 'invalid_input',
  requestId: 'c91c068d',
  invalidParams: [
    { name: 'q', code: 'too_long', reason: 'Mag hoogstens 100 tekens lang zijn.' },
    { name: 'limit', code: 'out_of_range', reason: 'Moet minstens 1 zijn.' },
    { name: 'cursor', code: 'something_new', reason: 'Heeft niet de juiste vorm.' },
  ],
};

const fields = { q: { label: 'Naam van de gemeente', id: 'zoek-gemeente', maxLength: 100 } };

describe('fieldMessages', () => {
  it('translates known codes and names the field and its limit', () => {
    const [q] = fieldMessages(invalid, nl, fields);
    expect(q).toEqual({
      name: 'q',
      code: 'too_long',
      message: 'Naam van de gemeente mag hoogstens 100 tekens lang zijn.',
      fieldId: 'zoek-gemeente',
    });
  });

  it('speaks English when the reader does', () => {
    const [q] = fieldMessages(invalid, en, { q: { ...fields.q, label: 'Name of the municipality' } });
    expect(q?.message).toBe('Name of the municipality must be 100 characters or fewer.');
  });

  it('keeps parameters the form does not show, without a link', () => {
    const limit = fieldMessages(invalid, nl, fields)[1];
    expect(limit?.fieldId).toBeUndefined();
    expect(limit?.message).toBe('limit valt buiten de toegestane waarden.');
  });

  it("falls back to the API's reason for a code it does not know", () => {
    const cursor = fieldMessages(invalid, en, fields)[2];
    expect(cursor?.message).toBe('cursor: Heeft niet de juiste vorm.');
  });

  it('gives each field its first message', () => {
    const twice: Problem = {
      ...invalid,
      invalidParams: [
        { name: 'q', code: 'required', reason: '' },
        { name: 'q', code: 'too_long', reason: '' },
      ],
    };
    expect(messagesByField(fieldMessages(twice, nl, fields))).toEqual({
      q: 'Vul het veld ‘Naam van de gemeente’ in.',
    });
  });

  it('is empty for a problem without invalidParams', () => {
    expect(fieldMessages(networkProblem(), nl)).toEqual([]);
  });
});

describe('problemMessage', () => {
  it('translates a known code', () => {
    expect(problemMessage(invalid, nl)).toBe('Niet alles is goed ingevuld.');
    expect(problemMessage(invalid, en)).toBe('Not everything has been filled in correctly.');
  });

  it('explains a missing network in the reader’s language', () => {
    expect(problemMessage(networkProblem(), nl)).toMatch(/geen verbinding/);
    expect(problemMessage(networkProblem(), en)).toMatch(/no connection/);
  });

  it('falls back on the status class for an unknown code', () => {
    const gateway = toProblem('<html>Bad Gateway</html>', new Response('', { status: 502 }));
    expect(gateway.code).toBe('http_502');
    expect(problemMessage(gateway, nl)).toBe(nl.errors.status.server);
  });

  it("shows the API's own detail for an unknown client error", () => {
    const teapot: Problem = { ...invalid, status: 418, code: 'teapot', invalidParams: undefined };
    expect(problemMessage(teapot, en)).toBe(invalid.detail);
  });
});
