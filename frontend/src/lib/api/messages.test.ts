import { describe, expect, it } from 'vitest';
import { messagesFor } from '$lib/i18n/index.svelte';
import { fieldMessages, formErrors, messagesByField, problemMessage, withoutBlanks } from './messages';
import { ApiError, networkProblem, retryAfterSeconds, toProblem, type Problem } from './problem';
import { problemOf } from './messages';

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

/** What POST /accounts returns for an empty name and address and a short password. */
const registration: Problem = {
  ...invalid,
  instance: '/api/v1/accounts',
  invalidParams: [
    { name: 'email', code: 'required', reason: 'Dit veld is verplicht.' },
    { name: 'password', code: 'too_short', reason: 'Kies een wachtwoord van minstens 12 tekens.' },
    { name: 'displayName', code: 'required', reason: 'Dit veld is verplicht.' },
  ],
};
const registrationFields = {
  displayName: { label: 'Uw naam op Samenspel', id: 'naam' },
  email: { label: 'E-mailadres', id: 'email', example: 'naam@voorbeeld.nl' },
  password: { label: 'Wachtwoord', id: 'wachtwoord', minLength: 12 },
};

describe('formErrors', () => {
  it('lists field problems in the order of the form, each at its field', () => {
    const errors = formErrors(registration, nl, registrationFields);
    expect(errors.messages.map((m) => m.fieldId)).toEqual(['naam', 'email', 'wachtwoord']);
    expect(errors.byField.password).toBe('Wachtwoord moet minstens 12 tekens lang zijn.');
    expect(errors.lead).toBeUndefined();
  });

  it('puts a problem that is not about fields above the form', () => {
    const wrong: Problem = { ...invalid, status: 401, code: 'invalid_credentials', invalidParams: undefined };
    const errors = formErrors(wrong, nl);
    expect(errors.messages).toEqual([]);
    expect(errors.lead).toMatch(/^Het e-mailadres of het wachtwoord klopt niet\./);
  });

  it('is empty without a problem', () => {
    expect(formErrors(null, nl)).toEqual({ messages: [], lead: undefined, byField: {} });
  });

  it('explains the form of a value with an example, where the form gives one', () => {
    const email: Problem = { ...invalid, invalidParams: [{ name: 'email', code: 'pattern', reason: '' }] };
    expect(formErrors(email, nl, registrationFields).byField.email).toBe(
      'E-mailadres heeft niet de juiste vorm. Vul het in zoals naam@voorbeeld.nl.',
    );
  });

  it('translates the account codes', () => {
    const codes: Problem = {
      ...invalid,
      invalidParams: [
        { name: 'password', code: 'weak_password', reason: 'Dit wachtwoord komt voor in lijsten…' },
        { name: 'currentPassword', code: 'wrong_password', reason: '' },
        { name: 'municipality', code: 'unknown_municipality', reason: '' },
      ],
    };
    const fields = {
      password: { label: 'Wachtwoord' },
      currentPassword: { label: 'Current password' },
      municipality: { label: 'Municipality' },
    };
    expect(formErrors(codes, en, fields).messages.map((m) => m.message)).toEqual([
      expect.stringMatching(/^Choose another password/),
      'Current password is not right.',
      'Choose a municipality from the list at ‘Municipality’.',
    ]);
  });
});

describe('too many attempts', () => {
  const limited = toProblem(
    { status: 429, code: 'too_many_requests', detail: 'Te veel pogingen.' },
    new Response('', { status: 429, headers: { 'Retry-After': '900' } }),
  );

  it("keeps the API's Retry-After", () => {
    expect(limited.retryAfter).toBe(900);
  });

  it('say how long to wait, in words', () => {
    expect(problemMessage(limited, nl)).toBe(
      'U heeft het te vaak achter elkaar geprobeerd. Probeer het over 15 minuten opnieuw.',
    );
    expect(problemMessage({ ...limited, retryAfter: 1 }, en)).toBe(
      'You have tried too often in a row. Please try again in 1 second.',
    );
    expect(problemMessage({ ...limited, retryAfter: 61 }, nl)).toMatch(/over 2 minuten/);
    expect(problemMessage({ ...limited, retryAfter: 7200 }, en)).toMatch(/in 2 hours/);
  });

  it('fall back on the plain message without Retry-After', () => {
    expect(problemMessage({ ...limited, retryAfter: undefined }, nl)).toBe(
      nl.errors.problem.too_many_requests,
    );
  });

  it('read Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-11-28T12:00:00Z');
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds('Sat, 28 Nov 2026 12:01:30 GMT', now)).toBe(90);
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});

describe('withoutBlanks', () => {
  it('leaves out empty and blank fields, so the API names them as required', () => {
    expect(withoutBlanks({ email: '', displayName: '   ', password: 'x', municipality: 'utrecht' })).toEqual({
      password: 'x',
      municipality: 'utrecht',
    });
  });
});

describe('problemOf', () => {
  it('gives the problem of an API failure and lets anything else go on', () => {
    expect(problemOf(new ApiError(invalid))).toBe(invalid);
    const bug = new TypeError('x is undefined');
    expect(() => problemOf(bug)).toThrow(bug);
  });
});

describe('an item of a list field', () => {
  it('is shown at its field, and named by it', () => {
    const unknown: Problem = {
      ...invalid,
      invalidParams: [
        { name: 'domains[1]', code: 'unknown_domain', reason: '' },
        { name: 'title', code: 'required', reason: '' },
      ],
    };
    const fields = {
      title: { label: 'Titel', id: 'opgave-titel' },
      domains: { label: 'Beleidsdomeinen', id: 'opgave-domeinen' },
    };
    const errors = formErrors(unknown, nl, fields);
    expect(errors.messages.map((m) => m.fieldId)).toEqual(['opgave-titel', 'opgave-domeinen']);
    expect(errors.byField.domains).toBe('Kies beleidsdomeinen uit de lijst bij ‘Beleidsdomeinen’.');
    expect(errors.messages[1]).toMatchObject({ name: 'domains[1]', field: 'domains' });
  });
});
