/**
 * The configuration of the editor at /admin/ (Sveltia CMS), generated from the Zod schemas of the
 * records, so that the editor asks for what the build checks: every field of the schema, required
 * where the schema requires it, the schema's choices for enums, its limits for numbers and its
 * patterns and lengths for text. Labels are in src/lib/cms/fields.ts. Rules that span fields (a
 * tourism product needs a location, an event has a place or a venue, an expiry after the decision)
 * are not expressible in the editor: `npm run check` and the build still refuse records that break
 * them. The shape of the output is Sveltia CMS's `config.yml` (its types/public.d.ts).
 */
import { z } from 'astro/zod';
import {
  EVENT_KIND_NAMES_VI,
  GROUP_NAMES_VI,
  PLACE_KIND_NAMES_VI,
  PRODUCER_KIND_NAMES_VI,
} from '../../schemas/enums.ts';
import { eventSchema } from '../../schemas/event.ts';
import { placeSchema } from '../../schemas/place.ts';
import { producerSchema } from '../../schemas/producer.ts';
import { productSchema, SLUG, SUMMARY_MAX } from '../../schemas/product.ts';
import { siteSchema } from '../../schemas/site.ts';
import { COLLECTION_TEXTS, FIELD_TEXTS, type FieldInput, type FieldText } from './fields.ts';

/** One field of Sveltia CMS's configuration (a loose view of its `Field` type). */
export type CmsField = { name: string; label: string; widget: string; required: boolean } & Record<string, unknown>;

/**
 * Patterns the editor checks text against, written for the raw text a person types; each agrees
 * with its schema rule on the examples of tests/unit/cms-config.test.ts.
 */
export const CMS_PATTERNS = {
  // fields.ts `phone`: 0 or +84 then 9–10 digits, once spaces, dots, hyphens and brackets are removed.
  phone: [
    '^[\\s.()-]*(?:\\+[\\s.()-]*8[\\s.()-]*4|0)(?:[\\s.()-]*\\d){9,10}[\\s.()-]*$',
    'Số điện thoại Việt Nam, ví dụ "0213 3875 123" hoặc "+84 913 456 789"',
  ],
  // fields.ts `zalo`: the phone rule above, or a zalo.me link (any case, with or without http(s)://).
  zalo: [
    '^(?:[\\s.()-]*(?:\\+[\\s.()-]*8[\\s.()-]*4|0)(?:[\\s.()-]*\\d){9,10}[\\s.()-]*|(?:[Hh][Tt][Tt][Pp][Ss]?://)?[Zz][Aa][Ll][Oo]\\.[Mm][Ee]/[\\w.~-]+(?:/[\\w.~-]+)*/?)$',
    'Số điện thoại Zalo, ví dụ "0912 345 678", hoặc đường dẫn zalo.me, ví dụ "https://zalo.me/0912345678"',
  ],
  email: ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', 'Địa chỉ thư điện tử, ví dụ "ocop@laichau.gov.vn"'],
  url: ['^https?://[^\\s/?#]+\\S*$', 'Địa chỉ web bắt đầu bằng http:// hoặc https://'],
  https: ['^https://[^\\s/?#]+\\S*$', 'Địa chỉ web bắt đầu bằng https://'],
  // src/lib/tiles.ts: https, a plain host ({s} only as its first label), {z} {x} {y} (and {r}) in the path.
  tiles: [
    '^https://(?:\\{s\\}\\.)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,}(?::\\d{1,5})?/(?!\\S*\\{(?![zxyr]\\}))(?=\\S*\\{z\\})(?=\\S*\\{x\\})(?=\\S*\\{y\\})[A-Za-z0-9\\-._~:/?&=%@!$()*+{}]*$',
    'Mẫu địa chỉ https:// có {z}, {x} và {y}',
  ],
  slug: [SLUG.source, 'Chữ thường không dấu, số và dấu gạch nối, ví dụ "che-shan-tuyet"'],
} as const satisfies Record<string, readonly [string, string]>;

/** Choice labels for enum fields: the Vietnamese names the pages use too (src/schemas/enums.ts). */
const OPTION_LABELS: Record<string, Record<string, string>> = {
  group: GROUP_NAMES_VI,
  producerKind: PRODUCER_KIND_NAMES_VI,
  placeKind: PLACE_KIND_NAMES_VI,
  eventKind: EVENT_KIND_NAMES_VI,
};

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };
const def = (schema: AnySchema) => schema._zod.def;

/** Strips optional/default/preprocess wrappers: the schema that checks the value, and whether it may be left out. */
export function unwrap(schema: AnySchema): { inner: AnySchema; required: boolean; defaultValue?: unknown } {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const d = def(inner);
    if (d.type === 'optional') {
      required = false;
      inner = d.innerType as AnySchema;
    } else if (d.type === 'default') {
      required = false;
      const value = d.defaultValue;
      defaultValue = typeof value === 'function' ? (value as () => unknown)() : value;
      inner = d.innerType as AnySchema;
    } else if (d.type === 'pipe') {
      // z.preprocess(fn, schema) and schema.transform(fn): the checking side is the one that is not a transform.
      const input = d.in as AnySchema;
      inner = (def(input).type === 'transform' ? d.out : input) as AnySchema;
    } else return { inner, required, ...(defaultValue !== undefined && { defaultValue }) };
  }
}

function textField(name: string, text: FieldText, inner: AnySchema): { widget: string } & Record<string, unknown> {
  const input: FieldInput | undefined = text.input;
  const format = (inner as unknown as { format?: string }).format;
  switch (input?.as) {
    case 'date':
      return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
    case 'markdown':
      return { widget: 'markdown', ...(name === 'body' && { sanitize_preview: true }) };
    case 'multiline':
      return { widget: 'text' };
    case 'image':
      return { widget: 'image', choose_url: false };
    case 'relation': {
      const { collection, filter } = input;
      return {
        widget: 'relation',
        collection,
        value_field: '{{slug}}',
        search_fields: ['name'],
        display_fields: ['name'],
        ...(filter && { filters: [{ field: filter.field, values: filter.values }] }),
      };
    }
    case 'phone':
    case 'zalo':
    case 'email':
    case 'url':
    case 'https':
    case 'tiles':
      return { widget: 'string', pattern: [...CMS_PATTERNS[input.as]] };
    case undefined:
      if (format === 'email') return { widget: 'string', pattern: [...CMS_PATTERNS.email] };
      if (format === 'url') return { widget: 'string', pattern: [...CMS_PATTERNS.url] };
      return { widget: 'string' };
  }
}

/** A Zod field as an editor field, with its Vietnamese label; throws when a field has no text. */
function fieldOf(collection: keyof typeof FIELD_TEXTS, path: string, schema: AnySchema): CmsField {
  const text = FIELD_TEXTS[collection][path];
  if (!text) throw new Error(`src/lib/cms/fields.ts: no label for ${collection} field "${path}"`);
  const name = path.split('.').at(-1)!;
  const { inner, required, defaultValue } = unwrap(schema);
  const d = def(inner);
  const base = {
    name,
    label: text.label,
    required,
    ...(text.hint && { hint: text.hint }),
    ...(defaultValue !== undefined && { default: defaultValue }),
  };
  switch (d.type) {
    case 'object': {
      const shape = (inner as unknown as z.ZodObject).shape as Record<string, AnySchema>;
      return {
        ...base,
        widget: 'object',
        ...(!required && { collapsed: 'auto' }),
        fields: Object.entries(shape).map(([key, child]) => fieldOf(collection, `${path}.${key}`, child)),
      };
    }
    case 'array': {
      const element = unwrap(d.element as AnySchema).inner;
      if (def(element).type === 'object') {
        const shape = (element as unknown as z.ZodObject).shape as Record<string, AnySchema>;
        return {
          ...base,
          widget: 'list',
          fields: Object.entries(shape).map(([key, child]) => fieldOf(collection, `${path}.${key}`, child)),
        };
      }
      if (text.input?.as === 'relation') return { ...base, ...textField(name, text, element), multiple: true };
      throw new Error(`${collection}.${path}: an array of ${def(element).type} has no editor field`);
    }
    case 'tuple': {
      const items = d.items as AnySchema[];
      return {
        ...base,
        widget: 'list',
        field: { name: 'value', label: text.label, widget: 'number', value_type: 'float', required: true },
        min: items.length,
        max: items.length,
      };
    }
    case 'enum': {
      const values = Object.values(d.entries as Record<string, string>);
      const labels =
        OPTION_LABELS[
          path === 'group'
            ? 'group'
            : collection === 'producers'
              ? 'producerKind'
              : collection === 'places'
                ? 'placeKind'
                : 'eventKind'
        ] ?? {};
      return { ...base, widget: 'select', options: values.map((value) => ({ value, label: labels[value] ?? value })) };
    }
    case 'number': {
      const number = inner as unknown as z.ZodNumber;
      const integer = (number as unknown as { format?: string }).format === 'safeint';
      const bounded = (value: number | null) => value !== null && Number.isFinite(value) && Math.abs(value) < 1e15;
      return {
        ...base,
        widget: 'number',
        value_type: integer ? 'int' : 'float',
        ...(bounded(number.minValue) && { min: number.minValue }),
        ...(bounded(number.maxValue) && { max: number.maxValue }),
      };
    }
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'string': {
      const string = inner as unknown as z.ZodString;
      const field = { ...base, ...textField(name, text, inner) };
      // shortText(max) checks its length in a refinement the schema cannot report: the summaries are the ones.
      const maxLength = name === 'summary' ? SUMMARY_MAX : (string.maxLength ?? undefined);
      if (maxLength !== undefined && maxLength !== null) Object.assign(field, { maxlength: maxLength });
      return field as CmsField;
    }
    default:
      throw new Error(`${collection}.${path}: a ${d.type} field has no editor field`);
  }
}

function fieldsOf(collection: keyof typeof FIELD_TEXTS, schema: z.ZodType): CmsField[] {
  const shape = (schema as z.ZodObject).shape as Record<string, AnySchema>;
  return Object.entries(shape).map(([key, child]) => fieldOf(collection, key, child));
}

/** The Markdown body of a product or an event: the description, in Vietnamese. */
const bodyField = (collection: 'products' | 'events'): CmsField => ({
  name: 'body',
  label: FIELD_TEXTS[collection].body!.label,
  widget: 'markdown',
  required: false,
  sanitize_preview: true,
});

/** Every record schema the editor edits, as the build reads them (images as plain paths). */
export const RECORD_SCHEMAS = {
  products: productSchema(z.string()),
  producers: producerSchema,
  places: placeSchema,
  events: eventSchema,
  site: siteSchema,
} as const;

export interface CmsOptions {
  /** The content folder relative to the repository root, with forward slashes ("content"). */
  contentPath: string;
  /** The GitHub repository, "owner/name". */
  repo: string;
  branch: string;
  /** The site's address, for the editor's "view site" link. */
  siteUrl: string;
}

/** The whole `config.yml` of /admin/ as an object. */
export function cmsConfig({ contentPath, repo, branch, siteUrl }: CmsOptions) {
  const folder = (name: string) => (contentPath ? `${contentPath}/${name}` : name);
  const common = (name: keyof typeof COLLECTION_TEXTS) => ({
    name,
    label: COLLECTION_TEXTS[name].label,
    label_singular: COLLECTION_TEXTS[name].singular,
  });
  // The file name: filled from the name, shown and editable when a record is created, checked against SLUG.
  const slug = (field: 'name' | 'title') => ({
    slug: {
      template: `{{${field}}}`,
      editable: ['create'],
      pattern: [...CMS_PATTERNS.slug],
      hint: 'Tên tệp, cũng là đường dẫn của trang: không đổi được sau khi lưu (mã QR đã in dẫn về nó).',
    },
  });
  return {
    backend: {
      name: 'github',
      repo,
      branch,
      auth_methods: ['token'],
      commit_messages: {
        create: 'Thêm {{collection}} “{{slug}}”',
        update: 'Sửa {{collection}} “{{slug}}”',
        delete: 'Xóa {{collection}} “{{slug}}”',
        uploadMedia: 'Tải lên “{{path}}”',
        deleteMedia: 'Xóa “{{path}}”',
      },
    },
    publish_mode: 'simple',
    site_url: siteUrl,
    // Uploads outside a record (the media library) go to the content's images folder too.
    media_folder: folder('images'),
    public_folder: `/${folder('images')}`,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none' } },
    collections: [
      {
        ...common('products'),
        folder: folder('products'),
        extension: 'md',
        format: 'frontmatter',
        create: true,
        identifier_field: 'name',
        summary: '{{name}} ({{stars}} sao)',
        sortable_fields: ['name', 'stars', 'certificate.date'],
        media_folder: `/${folder('images')}`,
        public_folder: '../images',
        ...slug('name'),
        fields: [...fieldsOf('products', RECORD_SCHEMAS.products), bodyField('products')],
      },
      {
        ...common('producers'),
        folder: folder('producers'),
        extension: 'json',
        format: 'json',
        create: true,
        identifier_field: 'name',
        ...slug('name'),
        fields: fieldsOf('producers', RECORD_SCHEMAS.producers),
      },
      {
        ...common('places'),
        folder: folder('places'),
        extension: 'json',
        format: 'json',
        create: true,
        identifier_field: 'name',
        ...slug('name'),
        fields: fieldsOf('places', RECORD_SCHEMAS.places),
      },
      {
        ...common('events'),
        folder: folder('events'),
        extension: 'md',
        format: 'frontmatter',
        create: true,
        identifier_field: 'title',
        sortable_fields: ['start', 'title'],
        ...slug('title'),
        fields: [...fieldsOf('events', RECORD_SCHEMAS.events), bodyField('events')],
      },
      {
        ...common('site'),
        files: [
          {
            name: 'site',
            label: COLLECTION_TEXTS.site.label,
            file: folder('site.json'),
            format: 'json',
            fields: fieldsOf('site', RECORD_SCHEMAS.site),
          },
        ],
      },
    ],
  };
}
