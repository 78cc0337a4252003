/** An on/off switch: a button with role="switch", so screen readers announce its state. */
import type { ComponentChildren } from 'preact';

export interface SwitchProps {
  id: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
  /** The visible label. */
  children: ComponentChildren;
  /** Extra text after the label (e.g. a count), read as the switch's description. */
  detail?: ComponentChildren;
  /** Something before the label (e.g. a colour chip), hidden from screen readers. */
  decoration?: ComponentChildren;
}

export function Switch({ id, checked, disabled, onChange, children, detail, decoration }: SwitchProps) {
  return (
    <div class="switch-row">
      {decoration && <span aria-hidden="true">{decoration}</span>}
      <span class="switch-label" id={`${id}-label`}>
        {children}
      </span>
      {detail !== undefined && (
        <span class="switch-detail" id={`${id}-detail`}>
          {detail}
        </span>
      )}
      <button
        type="button"
        role="switch"
        id={id}
        class="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={detail !== undefined ? `${id}-detail` : undefined}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span class="switch-thumb" />
      </button>
    </div>
  );
}
