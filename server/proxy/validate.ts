import { zValidator } from '@hono/zod-validator';
import type { z } from 'zod';
import type { VendorId } from '../../src/model/conversation';
import { vendorDescriptors } from '../../src/model/vendor-descriptors';
import { errorBody, jsonResponse } from './upstream-error';

/**
 * The validators of the proxy's declared routes (`@hono/zod-validator`). A route's query schema is a
 * strict object, so a parameter it does not name is refused (400), never silently dropped; a parameter
 * given twice reaches the schema as an array and is refused too, so a second copy can never slip past
 * the checks of the first.
 */
function refusal(vendor: VendorId | null, label: string, target: 'query' | 'param') {
  return (
    result: { success: boolean; data: unknown; error?: { issues: ReadonlyArray<z.core.$ZodIssue> } },
    _c: unknown,
  ): Response | undefined => {
    if (result.success) return undefined;
    const issue = result.error?.issues[0];
    const name = issue?.path[0] === undefined ? null : String(issue.path[0]);
    const values = typeof result.data === 'object' && result.data !== null ? result.data : {};
    const given: unknown = name === null ? undefined : (values as Record<string, unknown>)[name];
    let message: string;
    if (issue?.code === 'unrecognized_keys') {
      message = `the parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')} ${issue.keys.length > 1 ? 'are' : 'is'} not allowed here`;
    } else if (Array.isArray(given)) {
      message = `the parameter "${name}" is given more than once`;
    } else if (target === 'param') {
      message = `"${String(given)}" is not a valid ${name ?? 'path segment'}`;
    } else if (given === undefined) {
      message = `the parameter "${name}" is required`;
    } else {
      message = `the parameter "${name}" ${issue?.message ?? 'is invalid'}`;
    }
    return jsonResponse(
      400,
      errorBody({ vendor, code: 'bad_request', message: `${label}: ${message}.`, retryable: false }),
    );
  };
}

/** `label` names the endpoint in the message; by default the vendor's label from its descriptor. */
export function validQuery<Schema extends z.ZodType>(
  vendor: VendorId,
  schema: Schema,
  label: string = vendorDescriptors[vendor].label,
) {
  return zValidator('query', schema, refusal(vendor, label, 'query'));
}

export function validParams<Schema extends z.ZodType>(
  vendor: VendorId,
  schema: Schema,
  label: string = vendorDescriptors[vendor].label,
) {
  return zValidator('param', schema, refusal(vendor, label, 'param'));
}
