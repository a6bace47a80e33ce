// Running times: the ISO 8601 duration form the API shows beside seconds.

/** 60 → "PT1M", 3723 → "PT1H2M3S", 0 → "PT0S". */
export function toIsoDuration (totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  const parts = `${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${seconds > 0 ? `${seconds}S` : ''}`
  return `PT${parts === '' ? '0S' : parts}`
}
