import type { FakeDictionary } from '../../fakes/translate/server.js';

/** Faithful human translations of the lines of test/fixtures/translation (what a good provider says). */
export const FAITHFUL: Record<string, string> = {
  'बजट 2024: वित्त मंत्री ने आयकर में राहत की घोषणा की': 'Budget 2024: Finance Minister announces relief in income tax',
  'वित्त मंत्री निर्मला सीतारमण ने मंगलवार को लोकसभा में आम बजट पेश किया।': 'Finance Minister Nirmala Sitharaman presented the general budget in the Lok Sabha on Tuesday.',
  'उन्होंने नई कर व्यवस्था में मानक कटौती को 50,000 रुपये से बढ़ाकर 75,000 रुपये करने की घोषणा की।':
    'She announced that the standard deduction in the new tax regime will be raised from Rs 50,000 to Rs 75,000.',
  'सरकार ने बुनियादी ढांचे पर 11.11 लाख करोड़ रुपये खर्च करने का प्रस्ताव रखा है।': 'The government has proposed spending Rs 11.11 trillion on infrastructure.',
  'सुप्रीम कोर्ट ने केंद्र सरकार को नोटिस जारी किया': 'Supreme Court issues notice to the central government',
  'सुप्रीम कोर्ट ने बुधवार को नीट परीक्षा में कथित गड़बड़ी की याचिकाओं पर केंद्र सरकार और राष्ट्रीय परीक्षा एजेंसी को नोटिस जारी किया।':
    'On Wednesday, the Supreme Court issued notice to the central government and the National Testing Agency on petitions about alleged irregularities in the NEET exam.',
  'अदालत ने दोनों से दो सप्ताह के भीतर जवाब मांगा है।': 'The court has asked both for a reply within two weeks.',
  'पीठ ने कहा कि परीक्षा की पवित्रता प्रभावित हुई है।': 'The bench said the sanctity of the exam has been affected.',
  'मामले की अगली सुनवाई 8 जुलाई को होगी।': 'The next hearing in the case will be on July 8.',
};

/** The faithful translation, or an empty answer for a line the table lacks (refused as empty). */
export const faithful: FakeDictionary = (hindi) => FAITHFUL[hindi] ?? '';
