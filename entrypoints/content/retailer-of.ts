import { productPageAdapter } from '@/lib/retailers/registry';

/** The supported retailer whose product page `url` is, else null. */
export function supportedRetailer(url: string): string | null {
  return productPageAdapter(url)?.id ?? null;
}
