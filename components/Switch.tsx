import type { ComponentChildren } from 'preact';

interface SwitchProps {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  /** Id of the text that explains what the switch does. */
  readonly describedBy?: string;
  readonly children: ComponentChildren;
}

/** An on/off setting: a native checkbox announced as a switch, with its whole label clickable. */
export function Switch({ checked, onChange, describedBy, children }: SwitchProps) {
  return (
    <label class="choice">
      <input
        type="checkbox"
        role="switch"
        aria-checked={checked}
        checked={checked}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      {children}
    </label>
  );
}
