import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchBox } from './SearchBox';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the search box', () => {
  it('takes at most the characters the API does, and says why when the text is too long', () => {
    const fetch = vi.fn(() => new Promise<Response>(() => {}));
    vi.stubGlobal('fetch', fetch);
    const onSubmitText = vi.fn();
    render(<SearchBox lang="EN" label="Search" onChoose={() => {}} onSubmitText={onSubmitText} />);
    const input = screen.getByRole<HTMLInputElement>('combobox', { name: 'Search' });
    expect(input.maxLength).toBe(200);
    expect(screen.queryByRole('status')).toBeNull();

    const words = Array.from({ length: 25 }, (_, i) => `w${i}`).join(' ');
    fireEvent.change(input, { target: { value: words } });
    expect(screen.getByRole('status').textContent).toBe('A search takes at most 200 characters and 24 words.');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onSubmitText).not.toHaveBeenCalled();

    fireEvent.change(input, { target: { value: 'metall' } });
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onSubmitText).toHaveBeenCalledWith('metall');
  });
});
