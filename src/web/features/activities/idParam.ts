/** A record id from the address; anything but a positive whole number is 0, which no record has. */
export function idFromParam(param: string | undefined): number {
  const id = Number(param);
  return Number.isInteger(id) && id > 0 ? id : 0;
}
