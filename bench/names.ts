/**
 * The demo's few dozen names are too few for a national register: with 1.3 million workers each
 * full name would have some two thousand holders, and a name search would measure little but
 * sorting. More common Cambodian names, in the same [Latin, Khmer] form, bring that to a few hundred.
 */
import { demoNames, type NameLists } from "../prisma/demo-data";

const moreSurnames: [string, string][] = [
  ["PRAK", "ប្រាក់"], ["TEP", "ទេព"], ["KHIEU", "ខៀវ"], ["NGUON", "ងួន"], ["SUN", "ស៊ុន"], ["SIM", "ស៊ឹម"],
  ["POV", "ពៅ"], ["CHHAY", "ឆាយ"], ["LIM", "លឹម"], ["TAN", "តាន់"], ["SAY", "សាយ"], ["SOUN", "សួន"],
  ["NUON", "នួន"], ["ROS", "រស់"], ["UNG", "អ៊ុង"], ["HAK", "ហាក់"], ["PEN", "ប៉ែន"], ["MEN", "ម៉ែន"],
  ["YOU", "យូ"], ["RY", "រី"], ["THACH", "ថាច់"], ["EANG", "អៀង"], ["KHAN", "ខាន់"], ["SAN", "សាន"],
  ["CHHIM", "ឈឹម"], ["KONG", "គង់"], ["MOM", "មុំ"], ["VENG", "វេង"], ["TITH", "ទិត្យ"], ["SIENG", "សៀង"],
  ["HIM", "ហ៊ឹម"], ["NOV", "នូវ"], ["CHEAM", "ជាម"], ["OUM", "អ៊ុំ"], ["SEN", "សែន"],
];
const moreMaleNames: [string, string][] = [
  ["SOPHEAK", "សុភ័ក្ត្រ"], ["VIBOL", "វិបុល"], ["SAMNANG", "សំណាង"], ["CHANTHA", "ចន្ថា"], ["BORA", "បូរ៉ា"],
  ["RITHY", "រិទ្ធី"], ["MAKARA", "មករា"], ["NARITH", "នរិទ្ធ"], ["PHALLA", "ផល្លា"], ["SOKUN", "សុគុណ"],
  ["CHAMROEUN", "ចំរើន"], ["VEASNA", "វាសនា"], ["PONLEU", "ពន្លឺ"], ["SOPHORN", "សុផន"], ["PANHA", "បញ្ញា"],
  ["SEYHA", "សីហា"], ["MONY", "មុន្នី"], ["VANNA", "វណ្ណា"], ["THEA", "ធា"], ["PISAL", "ពិសាល"],
  ["DAVUTH", "ដាវុធ"], ["ROTANAK", "រតនៈ"], ["SOTHEA", "សុធា"], ["BUNNA", "ប៊ុនណា"],
];
const moreFemaleNames: [string, string][] = [
  ["SREYPOV", "ស្រីពៅ"], ["CHANTREA", "ចន្ទ្រា"], ["NEARY", "នារី"], ["SREYNICH", "ស្រីនិច"], ["LEAKENA", "លក្ខិណា"],
  ["RATANA", "រតនា"], ["SREYPICH", "ស្រីពេជ្រ"], ["DAVY", "ដាវី"], ["KOLAB", "កុលាប"], ["MOLIKA", "ម្លិកា"],
  ["SOMALY", "សុម៉ាលី"], ["CHENDA", "ចិន្តា"], ["PHALLY", "ផល្លី"], ["SOPHEAP", "សុភាព"], ["VANNARY", "វណ្ណារី"],
  ["SREYLIN", "ស្រីលីន"], ["KUNTHEA", "គន្ធា"], ["BOTUM", "បុទុម"], ["SOPHY", "សុភី"], ["NAVY", "ណាវី"],
  ["REAKSMEY", "រស្មី"], ["CHANNA", "ចន្នា"], ["SREYMAO", "ស្រីម៉ៅ"],
];

export const registerNames: NameLists = {
  surnames: [...demoNames.surnames, ...moreSurnames],
  maleNames: [...demoNames.maleNames, ...moreMaleNames],
  femaleNames: [...demoNames.femaleNames, ...moreFemaleNames],
};
