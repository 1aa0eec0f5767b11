export function countText(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function acceptedMessage(otherName: string, started: boolean): string {
  return started
    ? `You and ${otherName} have both accepted: your mentoring relationship has started`
    : `You accepted. We will tell you when ${otherName} accepts too`;
}
