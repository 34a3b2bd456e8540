/** Page addresses, free of the content layer so that browser scripts can use them too. */

/** `/plans/<id>/`, or a clause's permalink `/plans/<id>/#<clause>`. */
export function planUrl(id: string, clause?: string): string {
  return `/plans/${id}/${clause ? `#${clause}` : ''}`;
}
