import { describe, expect, it } from 'vitest';
describe('vitest', () => { it('runs', () => expect(1 + 1).toBe(2)); });
