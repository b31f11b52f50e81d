/** An API model's list prices. */
export interface ApiPrice {
  readonly input_price_per_1m: number;
  readonly output_price_per_1m: number;
  readonly source: string;
}

/** A GPU instance for serving: its on-demand price, typical discounts and reference throughput. */
export interface GpuInstance {
  readonly label: string;
  readonly cost_per_hour: number;
  /** Typical spot discount off on-demand (0.65 = 65% off). */
  readonly spot_discount: number;
  /** Typical 1-year reserved / committed-use discount. */
  readonly reserved_discount: number;
  /** Serving throughput (tokens/s, vLLM fp16, batch 32) by model size in B parameters, where measured. */
  readonly throughput_by_model_size: Readonly<Record<number, number>>;
  readonly source: string;
}

export interface PriceCatalog {
  /** When the prices were read: printed in the report beside the figures. */
  readonly date: string;
  readonly api: Readonly<Record<string, ApiPrice>>;
  readonly gpus: Readonly<Record<string, GpuInstance>>;
}

const DOMAIN = 'ftroi DOMAIN.md reference figures (2024 list prices, approximate)';
const TYPICAL = 'spot 60-70% off on-demand, 1-year reserved ~40% off (2024 cloud list prices)';

/**
 * The built-in catalog. Prices move: every entry says where it came from, the report
 * stamps the date, and `--catalog FILE` (LiteLLM's price map or this layout) overrides it.
 */
export const BUILT_IN_CATALOG: PriceCatalog = {
  date: '2024-10-01',
  api: {
    'gpt-4o': { input_price_per_1m: 5, output_price_per_1m: 15, source: DOMAIN },
    'gpt-4o-mini': { input_price_per_1m: 0.15, output_price_per_1m: 0.6, source: 'OpenAI pricing page, 2024-07' },
    'gpt-4-turbo': { input_price_per_1m: 10, output_price_per_1m: 30, source: 'OpenAI pricing page, 2024' },
    'gpt-3.5-turbo': { input_price_per_1m: 0.5, output_price_per_1m: 1.5, source: DOMAIN },
    'claude-3-5-sonnet': { input_price_per_1m: 3, output_price_per_1m: 15, source: DOMAIN },
    'claude-3-haiku': { input_price_per_1m: 0.25, output_price_per_1m: 1.25, source: DOMAIN },
  },
  gpus: {
    a10g: {
      label: 'NVIDIA A10G 24GB (1 GPU)',
      cost_per_hour: 1.03,
      spot_discount: 0.65,
      reserved_discount: 0.4,
      throughput_by_model_size: { 7: 5000 },
      source: `${DOMAIN}; ${TYPICAL}`,
    },
    l4: {
      label: 'NVIDIA L4 24GB (1 GPU)',
      cost_per_hour: 0.8,
      spot_discount: 0.65,
      reserved_discount: 0.4,
      throughput_by_model_size: {},
      source: `AWS g6.xlarge on-demand, 2024; ${TYPICAL}; no throughput reference: give serving.throughput_tokens_per_s`,
    },
    a100_40g: {
      label: 'NVIDIA A100 40GB (1 GPU)',
      cost_per_hour: 2,
      spot_discount: 0.65,
      reserved_discount: 0.4,
      throughput_by_model_size: { 13: 3000 },
      source: `${DOMAIN} ($1,440 per 720-h month); ${TYPICAL}`,
    },
    a100_80g: {
      label: 'NVIDIA A100 80GB (1 GPU)',
      cost_per_hour: 3.1,
      spot_discount: 0.65,
      reserved_discount: 0.4,
      throughput_by_model_size: {},
      source: `${DOMAIN} (training benchmark node price); ${TYPICAL}`,
    },
    '2x_a100_80g': {
      label: '2x NVIDIA A100 80GB (one instance)',
      cost_per_hour: 5,
      spot_discount: 0.65,
      reserved_discount: 0.4,
      throughput_by_model_size: { 70: 800 },
      source: `${DOMAIN} ($3,600 per 720-h month); ${TYPICAL}`,
    },
    h100: {
      label: 'NVIDIA H100 80GB (1 GPU)',
      cost_per_hour: 4.5,
      spot_discount: 0.6,
      reserved_discount: 0.4,
      throughput_by_model_size: {},
      source: `typical 2024 cloud on-demand price; ${TYPICAL}; no throughput reference: give serving.throughput_tokens_per_s`,
    },
  },
};
