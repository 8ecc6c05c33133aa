import { summarise, type RuleFailure } from '../domain/rules.js';
import { AppError } from './errors.js';

/**
 * Turns the failures of a pure rule check (src/domain) into one problem: the
 * code is the first failure's unless given, the detail joins every message,
 * and `errors[]` lists each failure with its own code and the input it is
 * about (`body.<path>`, or `fallbackPath` when the rule names no input).
 */
export function ruleError(
  status: number,
  failures: readonly RuleFailure[],
  options: { code?: string; detail?: string; prefix?: string; fallbackPath?: (failure: RuleFailure) => string } = {},
): AppError {
  const prefix = options.prefix ?? 'body.';
  return new AppError(status, options.code ?? failures[0]?.code ?? 'RULE_BROKEN', options.detail ?? summarise(failures), {
    errors: failures.map((f) => ({
      path: f.path ? `${prefix}${f.path}` : (options.fallbackPath?.(f) ?? prefix.replace(/\.$/, '')),
      message: f.message,
      code: f.code,
    })),
  });
}
