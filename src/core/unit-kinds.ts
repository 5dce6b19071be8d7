/** Units of a span of time: a figure in one says when or how long, never who or what happened. */
export const TIME_UNITS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century']);

/** Units of a measure: a figure in one says how far or how much, never who. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set(['metre', 'centimetre', 'millimetre', 'km', 'kilometre', 'foot', 'inch', 'mile', 'degree', 'degree Celsius', 'percent', 'kg', 'gram', 'tonne', 'quintal', 'litre', 'acre', 'hectare']);

/** Units of money: a price list's ranges are in one of them, and a price names a rate with no प्रति (`रुपये किलो`). */
export const MONEY_UNITS: ReadonlySet<string> = new Set(['rupee', 'paisa', 'dollar', 'US dollar', 'euro', 'pound', 'yen', 'yuan', 'rouble', 'dirham']);

/** Units of a scale's reading (magnitude 5.2, AQI 271): English names the scale before the figure and its qualifier. */
export const SCALE_UNITS: ReadonlySet<string> = new Set(['magnitude', 'AQI']);
