import { useInternshipApplicationChoicesQuery } from '@pathways/web-graphql';

/** Regions and kinds of work (active professions) to choose from, with a name lookup. */
export function useApplicationChoices() {
  const { data, error } = useInternshipApplicationChoicesQuery();
  const regions = data?.regions ?? [];
  const work = (data?.professions ?? []).filter((profession) => profession.active);
  const nameOf = (items: readonly { code: string; name: string }[], code: string) =>
    items.find((item) => item.code === code)?.name ?? code;
  return {
    loaded: Boolean(data),
    failed: Boolean(error),
    regions,
    work,
    regionName: (code: string) => nameOf(regions, code),
    workName: (code: string) => nameOf(data?.professions ?? [], code),
  };
}
