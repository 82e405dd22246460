import { Select } from 'antd';

interface MultiSelectFilterProps<T extends string> {
  testId: string;
  /** The filter's name: the placeholder and the accessible label. */
  label: string;
  options: { value: T; label: string }[];
  value: T[];
  onChange: (value: T[]) => void;
  loading?: boolean;
  width?: number;
}

/** One multi-choice filter of the roster (any of the chosen values matches). */
export function MultiSelectFilter<T extends string>({ testId, label, options, value, onChange, loading, width = 190 }: MultiSelectFilterProps<T>) {
  return (
    <Select<T[]>
      data-testid={testId}
      aria-label={label}
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      placeholder={label}
      options={options}
      value={value}
      onChange={onChange}
      loading={loading}
      optionFilterProp="label"
      style={{ width }}
    />
  );
}
