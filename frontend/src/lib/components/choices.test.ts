import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import Checkbox from './Checkbox.svelte';
import CheckboxGroup from './CheckboxGroup.svelte';
import TextArea from './TextArea.svelte';
import TextField from './TextField.svelte';

describe('TextArea', () => {
  it('is a form field like TextField: label, description, error, all tied to the textarea', () => {
    render(TextArea, {
      props: {
        id: 'samenvatting',
        name: 'summary',
        label: 'Samenvatting',
        description: 'In een paar zinnen.',
        error: 'Samenvatting is te lang.',
        optional: true,
      },
    });
    const area = screen.getByLabelText('Samenvatting (niet verplicht)');
    expect(area.tagName).toBe('TEXTAREA');
    expect(area).toHaveClass('utrecht-textarea');
    expect(area).toHaveAttribute('aria-invalid', 'true');
    expect(area).toHaveAccessibleDescription('In een paar zinnen. Fout: Samenvatting is te lang.');
  });
});

describe('TextField', () => {
  it('says a field is optional in its label, and takes a date', () => {
    render(TextField, {
      props: { id: 'begin', name: 'startDate', label: 'Begindatum', type: 'date', optional: true },
    });
    expect(screen.getByLabelText('Begindatum (niet verplicht)')).toHaveAttribute('type', 'date');
  });
});

describe('CheckboxGroup', () => {
  const options = [
    { value: 'jeugd', label: 'Jeugd' },
    { value: 'werk', label: 'Werk en inkomen' },
    { value: 'wonen', label: 'Wonen' },
  ];

  it('is a fieldset named by its legend, with a description and an error for the group', () => {
    render(CheckboxGroup, {
      props: {
        id: 'domeinen',
        name: 'domains',
        legend: 'Beleidsdomeinen',
        description: 'Kies alle domeinen.',
        error: 'Kies beleidsdomeinen uit de lijst.',
        options,
      },
    });
    const group = screen.getByRole('group', { name: 'Beleidsdomeinen' });
    expect(group).toHaveAccessibleDescription('Kies alle domeinen. Fout: Kies beleidsdomeinen uit de lijst.');
    // The error summary links to the first box.
    expect(screen.getByLabelText('Jeugd')).toHaveAttribute('id', 'domeinen');
  });

  it('keeps the chosen values in the order of the options', async () => {
    const user = userEvent.setup();
    let value: string[] = ['wonen'];
    render(CheckboxGroup, {
      props: {
        id: 'domeinen',
        name: 'domains',
        legend: 'Beleidsdomeinen',
        options,
        get value() {
          return value;
        },
        set value(next: string[]) {
          value = next;
        },
      },
    });
    expect(screen.getByLabelText('Wonen')).toBeChecked();
    await user.click(screen.getByLabelText('Jeugd'));
    expect(value).toEqual(['jeugd', 'wonen']);
    await user.click(screen.getByLabelText('Wonen'));
    expect(value).toEqual(['jeugd']);
  });
});

describe('Checkbox', () => {
  it('is one yes-or-no choice with its description', async () => {
    const user = userEvent.setup();
    render(Checkbox, {
      props: {
        id: 'publiceren',
        name: 'published',
        label: 'Meteen publiceren',
        description: 'Iedereen ziet het.',
      },
    });
    const box = screen.getByLabelText('Meteen publiceren');
    expect(box).toHaveAccessibleDescription('Iedereen ziet het.');
    await user.click(box);
    expect(box).toBeChecked();
  });
});
