import { useMemo, useState } from 'react';
import { cidrEnd, cidrSize, formatCidr, numberToIp } from '../../../domain/ip/cidr';
import {
  type AddressBlock,
  buildAddressPlan,
  halvesOf,
  joinBlock,
  type NewSubnetSize,
  splitBlock,
  subnetForFreeBlock,
} from '../../../domain/ip-plan/address-blocks';
import { policyEnvironmentMixes } from '../../../domain/ip-plan/policy-sizing';
import { DELEGATION_ENTERPRISE_POLICIES } from '../../../domain/model/schema';
import { useStudio, useStudioStore } from '../../../store/use-studio';
import { buttonClass, errorClass, hintClass } from '../../shared/form-styles';
import { formatCount, plural } from '../../shared/format';
import { Section } from '../../shared/section';
import { SelectField } from '../../shared/select-field';
import { addSubnetAt } from './add-subnet-at';
import { AddressBar } from './address-bar';

const LENGTHS = [16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29];

const reasonText = {
  invalid: 'has an unreadable prefix',
  outside: 'lies outside the address space',
  overlap: 'overlaps',
} as const;

/** The size choice as the domain reads it; Power Platform sizes carry the policy whose environments count. */
function sizeOf(
  choice: string,
  mixes: ReturnType<typeof policyEnvironmentMixes>,
): { size: NewSubnetSize; delegated: boolean } {
  if (choice.startsWith('/'))
    return { size: { type: 'length', prefixLength: Number(choice.slice(1)) }, delegated: false };
  const mix = choice.startsWith('pp:') ? mixes.find((m) => m.policyId === choice.slice(3)) : undefined;
  if (mix)
    return {
      size: { type: 'environments', production: mix.production, nonProduction: mix.nonProduction },
      delegated: true,
    };
  return { size: { type: 'block' }, delegated: false };
}

/**
 * The VNet's address plan in the inspector: a bar per IPv4 address prefix (subnets to scale, free space
 * as aligned blocks), the size of the subnet a click on a free block adds, and the current block's
 * details with split and join. Splits are a view of this inspector only, never part of the design.
 */
export function AddressPlanSection({ vnetId }: { vnetId: string }) {
  const store = useStudioStore();
  const vnet = useStudio((s) => s.design.vnets.find((v) => v.id === vnetId));
  const allSubnets = useStudio((s) => s.design.subnets);
  const policies = useStudio((s) => s.design.policies);
  const environments = useStudio((s) => s.design.environments);
  const subnets = useMemo(() => allSubnets.filter((s) => s.vnetId === vnetId), [allSubnets, vnetId]);
  const [splits, setSplits] = useState<string[]>([]);
  const [active, setActive] = useState<string | undefined>();
  const [choice, setChoice] = useState('block');
  const plan = useMemo(
    () => (vnet ? buildAddressPlan(vnet, subnets, splits) : { bars: [], conflicts: [] }),
    [vnet, subnets, splits],
  );
  const mixes = useMemo(() => policyEnvironmentMixes({ policies, environments }), [policies, environments]);
  const delegated = useMemo(
    () =>
      new Set(subnets.filter((s) => s.delegations.includes(DELEGATION_ENTERPRISE_POLICIES)).map((s) => s.id)),
    [subnets],
  );
  if (!vnet || plan.bars.length === 0) return null;
  const blocks = plan.bars.flatMap((b) => b.blocks);
  const current = blocks.find((b) => b.text === active);
  const names = new Map(subnets.map((s) => [s.id, s.name || s.id]));

  const choose = (block: AddressBlock) => {
    setActive(block.text);
    const { design, apply, notify, focus } = store.getState();
    if (block.kind === 'subnet') {
      focus([block.subnetId]);
      return;
    }
    const { size, delegated: delegate } = sizeOf(choice, mixes);
    const next = subnetForFreeBlock(block.cidr, size);
    if (!next.ok) {
      notify(next.message, 'error');
      return;
    }
    const result = addSubnetAt(design, vnetId, next.text, { delegated: delegate });
    if (!result.ok) {
      notify(result.reason, 'error');
      return;
    }
    apply(() => result.design, { select: result.select });
    notify(result.message);
    setActive(next.text);
  };

  return (
    <Section title="Address plan">
      <SelectField
        label="Size of a subnet added in a free block"
        value={choice}
        onChange={setChoice}
        groups={[
          {
            label: 'Size',
            options: [
              { value: 'block', label: 'The whole free block' },
              ...LENGTHS.map((n) => ({
                value: `/${n}`,
                label: `/${n} (${formatCount(2 ** (32 - n))} addresses)`,
              })),
            ],
          },
          ...(mixes.length > 0
            ? [
                {
                  label: 'Power Platform delegated, sized for',
                  options: mixes.map((m) => ({
                    value: `pp:${m.policyId}`,
                    label: `${m.policyName || m.policyId} (${plural(m.production + m.nonProduction, 'environment')})`,
                  })),
                },
              ]
            : []),
        ]}
      />
      {plan.bars.map((bar) => (
        <div key={bar.prefix} className="space-y-1">
          <div className="flex justify-between gap-2 text-xs text-slate-600 dark:text-slate-300">
            <span className="font-mono">{bar.prefix}</span>
            {bar.cidr ? <span>{formatCount(cidrSize(bar.cidr))} addresses</span> : null}
          </div>
          {bar.cidr ? (
            <AddressBar
              bar={bar}
              delegated={delegated}
              active={active}
              onActivate={(b) => setActive(b.text)}
              onChoose={choose}
            />
          ) : (
            <p className={errorClass}>Not a valid IPv4 prefix: no plan to draw.</p>
          )}
        </div>
      ))}
      <BlockDetails
        block={current}
        onAdd={choose}
        onSplit={(b) => {
          setSplits((s) => splitBlock(s, b.cidr));
          const halves = halvesOf(b.cidr);
          setActive(halves ? formatCidr(halves[0]) : undefined);
        }}
        onJoin={(b) => {
          setSplits((s) => joinBlock(s, b.cidr));
          setActive(undefined);
        }}
      />
      {plan.conflicts.length > 0 ? (
        <ul className="space-y-0.5">
          {plan.conflicts.map((c) => (
            <li key={c.subnetId} className={errorClass}>
              {c.name || c.subnetId} ({c.prefix || 'no prefix'}) {reasonText[c.reason]}
              {c.overlapsId ? ` ${names.get(c.overlapsId) ?? c.overlapsId}` : ''}: not drawn.
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}

function BlockDetails({
  block,
  onAdd,
  onSplit,
  onJoin,
}: {
  block: AddressBlock | undefined;
  onAdd(block: AddressBlock): void;
  onSplit(block: AddressBlock): void;
  onJoin(block: AddressBlock): void;
}) {
  if (!block)
    return (
      <p className={hintClass}>Point at a block for its range; click a free block to add a subnet there.</p>
    );
  const range = `${numberToIp(block.cidr.start)} – ${numberToIp(cidrEnd(block.cidr))}`;
  return (
    <div className="space-y-1.5 rounded-md bg-slate-50 p-2 text-xs dark:bg-slate-800/60">
      <p data-testid="address-block-details" className="text-slate-700 dark:text-slate-200">
        <span className="font-semibold">{block.kind === 'free' ? 'Free' : block.name}</span>{' '}
        <span className="font-mono">{block.text}</span> · {formatCount(cidrSize(block.cidr))} addresses ·{' '}
        <span className="font-mono">{range}</span>
      </p>
      {block.kind === 'free' ? (
        <div className="flex flex-wrap gap-1">
          <button type="button" className={buttonClass} onClick={() => onAdd(block)}>
            Add a subnet in {block.text}
          </button>
          <button
            type="button"
            className={buttonClass}
            disabled={block.cidr.prefixLength >= 29}
            onClick={() => onSplit(block)}
          >
            Split {block.text} in halves
          </button>
          {block.joinable ? (
            <button type="button" className={buttonClass} onClick={() => onJoin(block)}>
              Join {block.text} with its other half
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
