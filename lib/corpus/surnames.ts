/**
 * Chinese surnames, used only to tell apart two names a byline runs together
 * (■林晨吕一飞) when the author note says there are two authors. Common
 * single-character surnames in Simplified and Traditional forms, and the
 * compound surnames still in use.
 */

const SINGLE =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由" +
  "陳張劉楊黃趙吳孫馬鄭謝韓馮鄧蕭葉蘇盧薑鍾譚陸範賈韋鄒龍陶賀顧龔錢嚴戴倪聶魯詹歐關蘭俞甯紀單塗駱藍鮑喻饒艾穆衛瞿藺樓";

const COMPOUND = [
  "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯",
  "轩辕", "端木", "独孤", "南宫", "西门", "万俟", "闻人", "澹台", "公冶", "申屠", "太叔", "钟离", "呼延", "濮阳",
  "歐陽", "司馬", "諸葛", "東方", "長孫", "軒轅", "獨孤", "鍾離",
];

const SINGLE_SET = new Set([...SINGLE]);

/**
 * Length of the surname `name` starts with (2 for a compound surname, 1 for a
 * single one), or 0 when it starts with none.
 *
 * @example surnameLength("欧阳修") // 2
 */
export function surnameLength(name: string): number {
  if (COMPOUND.some((s) => name.startsWith(s))) return 2;
  const first = [...name][0];
  return first !== undefined && SINGLE_SET.has(first) ? 1 : 0;
}
