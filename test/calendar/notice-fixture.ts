import type { HolidayNotice } from '../../src/calendar/holiday-notice';

/**
 * A TEST FIXTURE shaped like a State Council holiday notice for 2027: plausible dates (the Spring
 * Festival from 除夕, 2027-02-05; make-up days on weekends), an invented notice number. It is not the
 * real 2027 arrangement; it exercises importing and publishing a year.
 */
export function testNotice2027(): HolidayNotice {
  return {
    year: 2027,
    reference: '国办发明电〔2026〕99号',
    issuedOn: '2026-11-10',
    holidays: [
      { name: '元旦', start: '2027-01-01', end: '2027-01-03' },
      { name: '春节', start: '2027-02-05', end: '2027-02-13' },
      { name: '清明节', start: '2027-04-03', end: '2027-04-05' },
      { name: '劳动节', start: '2027-05-01', end: '2027-05-05' },
      { name: '端午节', start: '2027-06-09', end: '2027-06-09' },
      { name: '中秋节', start: '2027-09-15', end: '2027-09-15' },
      { name: '国庆节', start: '2027-10-01', end: '2027-10-07' },
    ],
    makeUpWorkdays: ['2027-01-31', '2027-02-20', '2027-05-08', '2027-09-26', '2027-10-09'],
  };
}

/** The days off the fixture makes, in order. */
export const testNotice2027DaysOff = [
  '2027-01-01', '2027-01-02', '2027-01-03',
  '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-02-13',
  '2027-04-03', '2027-04-04', '2027-04-05',
  '2027-05-01', '2027-05-02', '2027-05-03', '2027-05-04', '2027-05-05',
  '2027-06-09',
  '2027-09-15',
  '2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07',
];
