import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { DeviceLimit } from '../../adapters/registration-adapter.js';

/**
 * The banner shown while the tenant's device limit is reached; loaded when the limit is first
 * found reached. Only a user who may remove and register (`admin`) is told what to do about it.
 */
export function renderLimitBanner(limit: DeviceLimit, format: (n: number) => string, admin: boolean): TemplateResult {
  const text = admin
    ? limit.limit !== undefined
      ? msg(str`This tenant has reached its device limit (${format(limit.limit)}). Remove registrations or devices, or ask for a higher limit, to register more.`, {
          id: 'page.limit.bannerWithLimit',
        })
      : msg('This tenant has reached its device limit. Remove registrations or devices, or ask for a higher limit, to register more.', {
          id: 'page.limit.banner',
        })
    : limit.limit !== undefined
      ? msg(str`This tenant has reached its device limit (${format(limit.limit)}): no more devices can be registered.`, {
          id: 'page.limit.bannerReadOnlyWithLimit',
        })
      : msg('This tenant has reached its device limit: no more devices can be registered.', { id: 'page.limit.bannerReadOnly' });
  return html`<div part="limit-banner" class="banner warning" role="status">${text}</div>`;
}
