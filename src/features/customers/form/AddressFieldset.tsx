import type { UseFormRegister } from 'react-hook-form';
import type { Address } from '../../../api/schemas';
import { useT } from '../../../lib/i18n';
import { TextField } from '../../../components/ui/Fields';
import type { FormErrors, FormValues } from './form-values';
import styles from './CustomerForm.module.css';

const parts: (keyof Address)[] = ['attention', 'address', 'street2', 'city', 'state', 'zip', 'country', 'phone', 'fax'];

interface Props {
  kind: 'billing_address' | 'shipping_address';
  legend: string;
  register: UseFormRegister<FormValues>;
  /** Errors keyed like `billing_address.city` (the contract's field names). */
  errors?: FormErrors;
  action?: React.ReactNode;
}

/** One address as a `group` named "Billing Address" / "Shipping Address". */
export function AddressFieldset({ kind, legend, register, errors, action }: Props) {
  const t = useT();
  return (
    <fieldset className={styles.fieldset}>
      <legend>{legend}</legend>
      {action}
      <div className={styles.grid2}>
        {parts.map((p) => (
          <TextField
            key={p}
            id={`${kind}-${p}`}
            label={t(`form.addr.${p}`)}
            autoComplete="off"
            error={errors?.[`${kind}.${p}`]}
            {...register(`${kind}.${p}`)}
          />
        ))}
      </div>
    </fieldset>
  );
}
