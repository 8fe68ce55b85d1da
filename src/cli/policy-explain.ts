import 'reflect-metadata';
import { explainPolicies, formatExplanation } from '../authz/policy-explain';
import { loadPolicies } from '../authz/policy-loader';
import { agencyKinds, roleNames, subjectNames } from '../authz/vocabulary';

const usage = 'usage: npm run policy:explain -- <AGENCY_KIND> [--subject S] [--role R]';

/**
 * `npm run policy:explain -- DRC --subject Project --role LEADER`: the merged rules an agency kind
 * gets, in load order, with the rules that later ones override. Returns the exit code.
 */
export function runPolicyExplain(argv: string[], print: (line: string) => void = console.log): number {
  const args = [...argv];
  const take = (name: string): string | undefined => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const [, value] = args.splice(i, 2);
    return value;
  };
  const subject = take('--subject');
  const role = take('--role');
  const [kind, ...rest] = args;
  const problems: string[] = [];
  if (!kind || rest.length) problems.push(usage);
  else if (kind !== '*' && !agencyKinds.includes(kind)) problems.push(`unknown agency kind ${kind} (one of: ${agencyKinds.join(', ')}, *)`);
  if (subject !== undefined && !subjectNames.includes(subject)) problems.push(`unknown subject ${subject}`);
  if (role !== undefined && !roleNames.includes(role)) problems.push(`unknown role ${role} (one of: ${roleNames.join(', ')})`);
  if (problems.length) {
    for (const p of problems) print(p);
    return 2;
  }
  for (const line of formatExplanation(explainPolicies(loadPolicies(), kind, { subject, role }))) print(line);
  return 0;
}

if (require.main === module) process.exitCode = runPolicyExplain(process.argv.slice(2));
