import { describe, expect, it } from 'vitest';
import { boothTabs, tabAfterKey } from '../../../../src/ui/panel/useBoothTabs';
import { booth, validBooth } from '../../manifest/fixtures';

describe('boothTabs', () => {
  it('gives one tab per kind of media the booth has, in a fixed order, then "about"', () => {
    expect(boothTabs(booth(validBooth()).value!)).toEqual(['video', 'h5', 'caseStudy', 'image', 'audio', 'about']);
    const onlyLinks = { ...validBooth(), media: [{ type: 'link', label: 'Site', href: 'https://acme.example.org/' }] };
    expect(boothTabs(booth(onlyLinks).value!)).toEqual(['about']);
  });
});

describe('tabAfterKey', () => {
  it('moves with the arrows, wrapping, and jumps with Home and End', () => {
    expect(tabAfterKey('ArrowRight', 0, 3)).toBe(1);
    expect(tabAfterKey('ArrowRight', 2, 3)).toBe(0);
    expect(tabAfterKey('ArrowLeft', 0, 3)).toBe(2);
    expect(tabAfterKey('Home', 2, 3)).toBe(0);
    expect(tabAfterKey('End', 0, 3)).toBe(2);
    expect(tabAfterKey('Enter', 1, 3)).toBeNull();
  });
});
