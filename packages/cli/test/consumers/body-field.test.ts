import { describe, expect, it } from 'vitest';
import { fieldOf, usesResponseField } from '../../src/consumers/body-field.ts';
import { interaction, rule } from './pacts.ts';

describe('fieldOf', () => {
  it.each([
    { tokens: ['properties', 'login'], want: ['login'] },
    { tokens: ['properties', 'items', 'items', 'properties', 'id', 'format'], want: ['items', '*', 'id'] },
    { tokens: ['allOf', '1', 'properties', 'state', 'enum'], want: ['state'] },
    { tokens: ['required'], want: [] },
  ])('reads $tokens as $want', ({ tokens, want }) => expect(fieldOf(tokens)).toEqual(want));
});

describe('usesResponseField', () => {
  const request = { method: 'GET', path: '/api/v2/me' };
  it('sees a field the example holds, inside lists too', () => {
    const call = interaction('list', request, 200, { items: [{ id: 'a' }] });
    expect(usesResponseField(call, ['items', '*', 'id'])).toBe(true);
    expect(usesResponseField(call, ['items', '*', 'name'])).toBe(false);
  });

  it('sees a field only a matching rule names, however the rule writes its path', () => {
    const call = interaction('list', request, 200, { other: 1 }, { "$['items'][0].id": rule({ match: 'type' }) });
    expect(usesResponseField(call, ['items', '*', 'id'])).toBe(true);
    expect(usesResponseField(call, ['items'])).toBe(true);
    expect(usesResponseField(call, ['login'])).toBe(false);
  });
});
