/**
 * An editable list of site host names (always-on or never-on), validated and canonicalised the
 * same way as the stored rules (extension/site-rules.ts).
 */
import { useState } from 'preact/hooks';
import type { Translate } from '../../extension/i18n.ts';
import { canonicalHost } from '../../extension/site-rules.ts';

export interface HostListProps {
  id: string;
  heading: string;
  help: string;
  hosts: string[];
  t: Translate;
  /**
   * Adds a valid, new host. Runs inside the submit event (a user gesture), so it may request a
   * permission. Resolves to an error message, or undefined when the host was added.
   */
  onAdd(host: string): Promise<string | undefined> | string | undefined;
  onRemove(host: string): void;
}

export function HostList({ id, heading, help, hosts, t, onAdd, onRemove }: HostListProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string>();

  const submit = (event: Event) => {
    event.preventDefault();
    const host = canonicalHost(input);
    if (!host) {
      setError(t('optionsInvalidHost'));
      return;
    }
    if (hosts.includes(host)) {
      setError(t('optionsDuplicateHost'));
      return;
    }
    const result = onAdd(host);
    void Promise.resolve(result).then((message) => {
      setError(message);
      if (!message) setInput('');
    });
  };

  return (
    <section class="host-list" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <p class="muted" id={`${id}-help`}>
        {help}
      </p>
      <ul id={`${id}-list`}>
        {hosts.length === 0 && <li class="muted">{t('optionsEmptyList')}</li>}
        {hosts.map((host) => (
          <li key={host} data-host={host}>
            <span>{host}</span>
            <button type="button" class="remove" aria-label={t('optionsRemoveHost', [host])} onClick={() => onRemove(host)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form class="add-host" onSubmit={submit} noValidate>
        <label for={`${id}-input`}>{t('optionsHostLabel')}</label>
        <input
          id={`${id}-input`}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={input}
          aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onInput={(e) => {
            setInput((e.target as HTMLInputElement).value);
            setError(undefined);
          }}
        />
        <button type="submit">{t('optionsAddHost')}</button>
        {error && (
          <p class="error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
