package org.clientcare.assistant.retrieval;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Questions the assistant must not answer from the knowledge base whatever they share with it, because they ask for
 * financial advice (SPEC §8; in finance a wrong answer is a compliance incident): a prediction (哪只基金明年会涨,
 * "will gold go up"), a guaranteed return (保证年化8%, "can you guarantee a 10% return"), a recommendation of what to
 * buy (买什么理财收益最高, "which fund should I buy"), or stocks and crypto-currencies, which the bank does not sell. They
 * are handed to a person before retrieval. A question whether a product can lose money (理财保本吗, "could I lose my
 * principal") is not advice: the knowledge base answers it ("no return is guaranteed").
 *
 * <p>The patterns are general wordings of such requests, applied to the normalised question (simplified characters,
 * lower case); they were written from the compliance rule and checked on the tuning sets only.
 */
final class AdviceGuard {

	private static final List<Pattern> ADVICE = List.of(
			// predictions: will it rise, what will the market do
			Pattern.compile("(会|能|将|要|还会|还能|会不会|能不能)(涨|大涨|暴涨|上涨|翻倍|翻番|升值|反弹|回本|涨回来)"),
			Pattern.compile("涨不涨|跌不跌|能涨多少|涨多少|走势|行情|抄底|割肉|追涨|牛市|熊市|大盘"),
			Pattern.compile("(明天|后天|明年|今年|下个月|下月|下周|下半年|未来|接下来|近期|年底)"
					+ ".{0,12}(涨|跌|升|降|贬值|升值|下调|上调|走低|走高)"),
			Pattern.compile("(会|将|还会|会不会|有没有可能)(降息|加息|下跌|大跌|暴跌|贬值)"),
			// "will it go on …": 还会降吗, 还会涨吗, 会继续跌 — not a card's upgrade or a limit (升级, 降额)
			Pattern.compile("(还会|还能|还要|还将|会继续|还得)再?(涨|跌|降|升|上涨|下跌|下降|上升|下调|上调|走低|走高|贬值|升值)"
					+ "(?!级|额|档|卡)"),
			// guaranteed or promised returns
			Pattern.compile("保证.{0,10}(收益|回报|利润|年化|赚|[0-9]+ ?%|个点|分红)"),
			Pattern.compile("(收益|回报|年化).{0,6}保证|保本保收益|保收益|稳赚|只赚不赔|稳赚不赔|零风险.{0,4}(高收益|赚)"),
			// recommendations of what to buy, and how much it will earn
			Pattern.compile("推荐.{0,8}(基金|股票|理财|产品|保险|币|黄金|投资)"),
			Pattern.compile("(买|投|选|入手)(什么|哪个|哪只|哪款|哪种|哪一个|啥).{0,10}(好|最|赚|收益|划算|合适|靠谱)"),
			Pattern.compile("(哪个|哪只|哪款|哪种|哪一只|哪一款|什么)(基金|股票|理财|产品|保险).{0,8}"
					+ "(好|最|赚|收益高|划算|值得|靠谱|稳)"),
			Pattern.compile("收益最高|收益最好|最赚钱|赚得最多|值得买|值不值得|该不该买|应不应该买|要不要买|现在买.{0,6}(好|合适|赚)"),
			Pattern.compile("能赚多少|能赚钱吗|能挣多少|赚多少钱|能不能赚钱|稳不稳赚"),
			// a choice between products or a pick made for the customer: A还是B好, 哪个更划算, 帮我挑一款, 该不该
			Pattern.compile("(好|划算|合适|赚|值|强|稳|安全|收益高)(呢|吗)?还是.{1,12}(好|划算|合适|赚钱?|值|强|稳|安全|收益高)"),
			Pattern.compile("还是.{1,12}(好|更好|比较好|划算|更划算|合适|更合适|赚得多|收益高|更高)(呢|吗|啊)?$"),
			Pattern.compile("哪(个|种|样|款|只)(更|比较|最)(好|划算|合适|适合|赚|值|稳|安全|靠谱|高)|哪(个|种)划算|哪(个|种)收益"
					+ "|哪(个|种|样|款|只)(更|最)?适合(我|我们|我家|家里|自己|老人|孩子)?(呢|吗|啊)?$"
					+ "|(更|最|比较)适合(我|我们|我家|自己)"),
			// whether to sell, switch or wait: 要不要卖掉, 要不要现在赎回, 要不要把房贷转到别的银行, 现在存还是再等等
			Pattern.compile("(要不要|该不该|需不需要|用不用)(把.{1,10})?(现在|马上|立刻|立即|赶紧|赶快|趁早|早点|今天|先)?(卖|抛|清仓|出手|赎回|转到|转去|转走|转成|转给|换到|换成"
					+ "|换个|换一|换家|换别)"),
			Pattern.compile("还是(再)?等(等|一等|一下|一阵|一段|到|着|降|涨)|要不要再等|是不是再等|(先|再)等等(看|吧|呢|吗)?$"),
			Pattern.compile("(帮我|给我|替我|帮忙)(挑|选|推荐|配置|搭配|规划)|(挑|选)(一|几)?(只|款|支|种|份)"),
			Pattern.compile("该不该|应不应该|值不值|要不要(买|投|入手|换成|转成)|(我|我们)(该|应该)(选|买|投|存|怎么配)"),
			Pattern.compile("适合(买|投资|入手|抄底|进场)|好时机|(怎么|如何)(理财|投资|配置).{0,4}(最|更)|收益最大|最赚|赚最多"),
			// a choice of what to do with one's money asked with 应该/该 … 还是, or between two ways of using it:
			// 现在该买黄金还是存定期, 应该提前还房贷还是拿去投资 — not a question of how something is done (挂失应该去网点还是打电话)
			Pattern.compile("(应该|应当|该|是不是该)[^,，。？?!！]{0,14}还是[^,，。？?!！]{0,3}(买|存|投资|拿去|拿来|放|留着|继续|取出|还|换)"),
			Pattern.compile("(买|存|投资|放)[^,，。？?!！]{1,8}还是(买|存|投资|放|拿去|拿来|留着)"),
			// whether to move the money elsewhere: 要不要把定期取出来买基金, 别家利息高我要不要把钱转过去
			Pattern.compile("(要不要|该不该|需不需要|用不用|是不是该|值不值得)(把)?[^,，。？?!！]{0,10}(取出来|拿出来|提出来|转过去|转出去"
					+ "|挪到|挪去|挪过去|搬到|搬过去)"),
			// which is better, and whether now is the time to buy: 哪个好, 哪家银行利息高, 现在能买吗, 黄金还能买吗
			Pattern.compile("哪(个|家|种|款|只|一个|一种|一款)(好|比较好|更好|最好)|哪(家|个)银行[^,，。？?!！]{0,6}(好|高|划算|靠谱)"),
			Pattern.compile("(现在|目前|这时候|这个时候|眼下|今年|(?<!(过期|失效|到期|超期)了)还)(能不能|能|可以|可不可以|适合|适不适合)(买|入手|上车|抄底|进场|投资)"),
			Pattern.compile("股票|炒股|股市|a股|美股|港股|比特币|虚拟币|虚拟货币|数字货币|加密货币|期货|外汇保证金"),
			// whether to take money out of one thing to put it into an investment: 该把定期取出来去买基金吗
			Pattern.compile("(该|应该|应当|要不要|是不是要|值不值得|划不划算)[^,，。？?!！]{0,12}(取出|拿出|提出|赎回|卖掉|取了)"
					+ "[^,，。？?!！]{0,6}(买|投|换成|转投)"),
			// drawing cash from a credit card through a sham purchase, against the card's rules: 信用卡套现, 养卡
			Pattern.compile("套现|养卡"),
			// whether now is the time to do something with a loan or a deposit: 现在提前还房贷划不划算 — a judgement on the
			// customer's money, not how it is done (提前还款有违约金吗 stays a question)
			Pattern.compile("划不划算|合不合算|值不值当|(现在|目前|眼下|这时候|这个时候|今年)[^,，。？?!！]{0,12}(划算吗|合算吗|值得吗|是否划算|划算不)"),
			// a return that doubles: 买什么理财能一年翻倍
			Pattern.compile("(能|会|可以|才能)[^,，。？?!！]{0,4}(翻倍|翻番|翻一番)"),
			// getting round the risk questionnaire: how to answer it to be allowed a riskier product, buying for someone
			// else without it (SPEC §8: the questionnaire is the customer's own) — not why it is asked or how to redo it
			Pattern.compile("(测评|评估|问卷|风险等级)[^,，。？?!！]{0,8}(怎么|如何|怎样|咋)(答|填|选)[^,，。？?!！]{0,6}(才能|才可以|就能|可以|能)"),
			Pattern.compile("(帮|替|给|代)(我)?(妈|爸|父母|爸妈|家人|老人|朋友|别人|他人|亲戚|老公|老婆|孩子)[^,，。？?!！]{0,10}(买|购买|申购)"
					+ "[^。？?!！]{0,10}(不做|不用做|跳过|绕过|绕开|免|代做|替他做|替她做|帮做)"),
			Pattern.compile("(不做|跳过|绕过|绕开|免做)(风险)?(测评|评估|问卷)[^,，。？?!！]{0,8}(帮|替|给|代)"),
			Pattern.compile("(代|替|帮)(别人|他人|家人|我妈|我爸|父母|老人)[^,，。？?!！]{0,4}(做|答|填)[^,，。？?!！]{0,4}(测评|评估|问卷)"),
			// splitting money so that it is not reported: 拆成几笔转就不会被上报了吧
			Pattern.compile("(拆|分开|分成|分几笔|分批|化整为零)[^。？?!！]{0,12}(不被|不会被|避免|避开|躲过|逃过|规避|绕过)[^。？?!！]{0,6}"
					+ "(上报|报告|申报|监控|监管|发现|查|审查|反洗钱)"),
			// a loan's money used where the loan's terms forbid it: 消费贷的钱拿去付首付, 贷款炒股, hidden from the bank
			Pattern.compile("(消费贷|信用贷|经营贷|贷款的钱|借的钱|贷的钱|贷出来的钱|贷来的钱)[^。？?!！]{0,6}(拿去|拿来|用来|用于|去|付|交|当|做)"
					+ "[^。？?!！]{0,4}(首付|炒股|股票|买基金|投资理财)|(首付|炒股)[^。？?!！]{0,8}(用|拿)[^。？?!！]{0,4}(消费贷|信用贷|经营贷)"),
			Pattern.compile("(查不出来|查不出|发现不了|不会发现)(的)?吧"),
			// having the risk questionnaire's result changed to a riskier level, by the customer or by staff: 让柜员帮我
			// 改成激进型 — not how to redo it (风险测评怎么重新做)
			Pattern.compile("(让|叫|请|找)(柜员|客户经理|理财经理|工作人员|你们|银行)[^,，。？?!！]{0,6}(改|调|填|代做|代填)[^,，。？?!！]{0,6}"
					+ "(测评|评估|问卷|风险等级|风险评级|等级|激进|进取|高风险)"
					+ "|(让|叫|请|找)(柜员|客户经理|理财经理|工作人员|你们|银行)[^,，。？?!！]{0,8}(测评|评估|问卷|风险等级|风险评级)"
					+ "[^,，。？?!！]{0,3}(改|调|填)"),
			// waiting for a better rate elsewhere or later: 以后会更高，要不要等等再存
			Pattern.compile("要不要(再)?等(等|一等|一下|一阵|一段|到|着)?(再|才)|(以后|将来|过段时间|过阵子)[^,，。？?!！]{0,10}(会更高|会更低|会提高|会降低|会上调|会下调|会涨|会降)"),
			// a return promised every year: 每年稳定6%, 收益做到8%
			Pattern.compile("(每年|每月|年年|一年|年化|每个月)[^,，。？?!！]{0,4}(稳定|固定|保底|稳拿|至少|保持)[^,，。？?!！]{0,4}[0-9.]+ ?(%|个点)"
					+ "|(收益|回报|利润)[^,，。？?!！]{0,4}(做到|达到|拿到|保持|稳定在|稳在)[^,，。？?!！]{0,6}[0-9.]+ ?(%|个点)"),
			// the risk questionnaire done or filled in for the customer (代做, 选项你帮我填; SPEC §8: it is the customer's own)
			Pattern.compile("(代|替我|替你|帮我|给我|你来)(做|填|答|选|完成)[^,，。？?!！]{0,4}(风险)?(测评|评估|问卷|选项|答案)"
					+ "|(测评|评估|问卷|选项|答案)[^,，。？?!！]{0,6}(你|您)(帮我|替我|给我|来|直接)(填|答|选|做)"),
			// cash split or kept under an amount so that it is not reported: 分几次存才能避开大额交易报告, 取多少才不会被上报 — not
			// whether a large withdrawal is reported (取二十万要先跟你们说一声吗)
			Pattern.compile("(避开|躲开|躲过|规避|逃避|绕开|才不会被|就不会被|才不被|才不用|就不用)[^,，。？?!！]{0,8}(上报|报告|申报|监控|反洗钱|大额交易)"),
			// a loan's money used for what the loan is not for, asking for a way round: 经营贷能不能拿去买房 有什么办法
			Pattern.compile("(消费贷|信用贷|经营贷|装修贷|贷款|贷)[^。？?!！]{0,8}(买房|购房|付房款|首付|炒股|理财)[^。？?!！]{0,10}"
					+ "(有什么办法|有啥办法|有没有办法|怎么操作|咋操作|怎么弄|咋弄|怎么才能|如何才能|怎样才能|怎么绕|能操作)"),
			// a rate or a price next year or later, as a prediction: 大额存单利率明年还会这么高吗
			Pattern.compile("(明年|后年|下个月|下月|下半年|明天|以后|将来|未来|年底|过几年|过段时间)[^,，。？?!！]{0,12}"
					+ "(还会|还能|会不会|能不能|会|能)(这么|那么|这样|一样|继续|保持|维持)?(高|低)"),
			// a limit raised or a loan granted without the bank's review: 额度提到20万 不要审核
			Pattern.compile("(不要|不用|不需要|不经过|不走|免|跳过|无需)(任何)?(审核|审批|审查|核实|风控)"),
			// which is the best value for the customer: 哪个保险性价比最高, "which insurance is the best value for me"
			Pattern.compile("性价比|\\b(best|better|good|great) value\\b|\\bvalue for money\\b"),
			// the questionnaire's level changed for the customer in any words (让柜员帮我把等级改高, 帮我改等级, 调高一点): the
			// level is the questionnaire's result, not something staff set — not how to redo it
			Pattern.compile("^(?=.*(测评|评估|问卷|风险|柜员|客户经理|理财经理|激进|进取)).*((帮我|给我|替我|让|叫|请|能不能|可不可以|可以)"
					+ "[^,，。？?!！]{0,8}(等级|评级|级别|结果)[^,，。？?!！]{0,3}(改|调|提|升|弄)(高|成|到|为|一点|一些|上去|一级)"
					+ "|(帮我|给我|替我)[^,，。？?!！]{0,3}(改|调|提高|调高|改高|升)[^,，。？?!！]{0,6}(等级|评级|级别)"
					+ "|(帮我|给我|替我)(改高|调高|提高|升高|调|改|升)(一级|一档|一点|点|上去)"
					+ "|(改高|调高|提高|升高|改成|调成)[^,，。？?!！]{0,4}(风险)?(等级|评级|级别))"),
			// a consumer or credit loan for a house's down payment, in any words (用消费贷凑首付)
			Pattern.compile("(消费贷|信用贷|经营贷|装修贷|网贷|借呗|信用卡)[^。？?!！]{0,10}首付|首付[^。？?!！]{0,10}(消费贷|信用贷|经营贷|装修贷|网贷)"),
			// paying or using connections to have overdue records removed or kept off the credit report: 花钱找人洗掉,
			// 找关系不上征信, 洗征信 — not how long a record stays or how to dispute a wrong one
			Pattern.compile("洗征信|征信洗白|洗白征信|(花钱|找人|找关系|托关系|走关系|找门路|打点|送礼|给好处|通融|内部人)[^。？?!！]{0,12}"
					+ "(征信|逾期记录|不良记录|黑名单|洗掉|洗白|删掉|消掉|抹掉)|(征信|逾期|不良记录)[^。？?!！]{0,10}(花钱|找人|找关系|托关系|走关系|打点|送礼)"),
			// large transactions kept from being reported to the tax office or the authorities: 不把我的大额交易报给税务局
			Pattern.compile("(不把|别把|不要把|不让|怎么不|如何不|才能不|能不能不|可以不)[^。？?!！]{0,14}(报给|上报|报告给|报到|告诉|通知|报)"
					+ "[^。？?!！]{0,4}(税务|国税|地税|监管|央行|人民银行|反洗钱|有关部门|政府|公安)"
					+ "|(大额交易|大额转账|大额存款|大额取款|大额)[^。？?!！]{0,8}(不报|不上报|不被报|不用报|不报告|别报|不被上报)"),
			// a choice between two actions on the customer's money put to the assistant: wait for a better price or rate
			// and then act (现在买黄金还是等跌了再买, 存定期好还是等利率涨了再存), judge one action against going on (退保划算还是
			// 继续交, 继续交还是退保, 买还是不买), or decide for the customer (你帮我决定, 替我拿主意) — not a factual choice an entry
			// answers (通知存款是一天还是七天, 网上能销户吗还是要去网点)
			Pattern.compile("还是(再)?等[^,，。？?!！]{0,10}(再|才)(买|存|卖|投|入手|赎回|取|退)"
					+ "|(划算|合算|值|值得|好|合适)(呢|吗|啊)?还是(继续|接着|先|再|直接)?(交|缴|买|存|持有|留着|拿着|退|卖|赎回|等|投)"
					+ "|(继续|接着|一直)(交|缴|持有|拿着|存|投)[^,，。？?!！]{0,6}还是(退|赎回|卖|取|转|停)"
					+ "|(退保|赎回|卖掉|卖了|取出来|提前还|提前取)[^,，。？?!！]{0,6}还是(继续|接着|留着|拿着)"
					+ "|(?<act>买|卖|存|退|赎回|投|续|交|换)还是不\\k<act>"
					+ "|(帮我|替我|给我|你来|您来|帮忙)(决定|拿主意|拿个主意|做主|做决定|做个决定|定夺)"),
			// a way round one of the bank's controls asked for: the risk questionnaire skipped (有没有办法不做风险测评直接买私募),
			// more than the limit without the security key (不用U盾多转点), cash kept under the reported amount (一次取多少不会被
			// 上报) — not whether the control applies (不做风险测评能买理财吗, 取多少现金会被上报, 转账超过限额怎么办)
			Pattern.compile("(有没有|有什么|有啥|有没有什么)(办法|方法|法子|门路|窍门|技巧|招)[^,，。？?!！]{0,6}"
					+ "(不做|不用|不经过|跳过|绕过|免|不被|不会被|不让)[^,，。？?!！]{0,4}"
					+ "(风险测评|测评|评估|问卷|审核|审批|上报|报告|限额)"
					+ "|(不用|不要|不插|不带|没有|没带|绕过|绕开|跳过|不经过|不需要)(u盾|ukey|u key|key宝|令牌|动态口令|验证码|短信验证|人脸|刷脸|网盾)"
					+ "[^,，。？?!！]{0,6}(多转|超额|突破|转更多|不限额)"
					+ "|(多少|几万|多大|多少钱)[^,，。？?!！]{0,8}((不会被|不被|不用被)(上报|报告|申报|监控|查|发现)|不会(上报|申报|被?监控))"),
			// last year's return taken as this year's (这个理财去年收益8% 今年肯定也有吧): a prediction
			Pattern.compile("(去年|往年|以前|之前|上一期|上期|过去)[^,，。？?!！]{0,10}(收益|赚|年化|回报)[^。？?!！]{0,12}"
					+ "(今年|明年|这次|这期|以后|将来)[^,，。？?!！]{0,6}(肯定|一定|也会|还会|还能|也能|也有|照样)"),
			// the top or highest rate of a product guaranteed (结构性存款能保证拿到最高收益吗)
			Pattern.compile("(保证|承诺|确保)[^,，。？?!！]{0,10}(最高|顶格|上限|封顶|最大)[^,，。？?!！]{0,4}(收益|利率|利息|年化|回报|档)"),
			// the risk questionnaire answered at the highest level for the customer (帮我把答案都填成最高等级, 全选最激进的)
			Pattern.compile("(帮我|替我|给我|你来|帮忙)[^。？?!！]{0,14}(填成|选成|改成|都选|全选|都填|全填|都勾)[^。？?!！]{0,6}(最高|最激进|激进|进取|高风险|最大)"
					+ "|(都选|全选|都填|全填|都勾)(最高|最激进|最大|风险最高)"),
			// a way round one of the bank's limits or controls, in any phrasing (帮我绕过去, 绕开限额, 规避审核)
			Pattern.compile("绕过|绕开|绕过去|(规避|避开|突破)[^,，。？?!！]{0,4}(限额|额度|上报|报告|审核|审批|监管|风控|管控|检查|限制|核查)"
					+ "|(限额|上报|审核|审批|监管|风控|管控|核查)[^,，。？?!！]{0,8}(规避|避开)"),
			// forged documents or inflated figures for a loan or a limit (假流水, 假证明, 包装流水, 流水做高)
			Pattern.compile("假流水|假证明|假材料|假资料|假收入|假工资条|假合同|伪造|造假|做假|包装流水|流水包装"
					+ "|(流水|收入|工资|资产)[^,，。？?!！]{0,4}做高|做高[^,，。？?!！]{0,4}(流水|收入|工资|资产)"),
			// English
			Pattern.compile("\\b(pay|paying|bribe|someone|connections?)\\b.{0,40}\\b(remove|erase|delete|clean|wipe|clear)\\b.{0,30}"
					+ "\\b(credit (record|report|history|file)|late payments?|overdue)|\\bkeep\\b.{0,30}\\boff (my |the )?credit (record|report)"
					+ "|\\b(not|never|n't|without)\\b.{0,20}\\breport\\w*\\b.{0,30}\\b(tax|irs|authorities|government)\\b"
					+ "|\\b(change|raise|bump|put)\\b.{0,20}\\b(my )?(risk )?(level|rating|grade)\\b.{0,10}\\b(up|higher)\\b"),
			Pattern.compile("\\b(split|break up|divide|structure)\\b.{0,40}\\b(so|to avoid|avoid|without)\\b.{0,30}"
					+ "\\b(report\\w*|flag\\w*|notic\\w*|detect\\w*|trigger\\w*)"),
			Pattern.compile("\\b(personal |consumer |credit )?loan\\b.{0,30}\\b(down ?payment|deposit on a (house|flat|home)|shares|stocks)\\b"
					+ "|\\b(how|what) (should|do) i answer\\b.{0,30}\\b(risk|questionnaire|assessment)\\b"
					+ "|\\b(what|which) (answers?|options?|choices?) (should|do|can|must) i (give|choose|pick|put|select|tick)\\b.{0,40}"
					+ "\\b(risk|questionnaire|assessment)"
					+ "|\\b(risk|questionnaire|assessment)\\b.{0,40}\\b(to|so (that )?i can|so i could) (buy|get|be allowed|qualify for|access)\\b.{0,20}"
					+ "\\b(high.risk|riskier|aggressive)"
					+ "|\\b(change|raise|set|upgrade|put)\\b.{0,20}\\brisk (profile|rating|level|grade)\\b.{0,10}\\bto\\b.{0,10}"
					+ "\\b(aggressive|high|higher|adventurous)"),
			Pattern.compile("\\b(avoid\\w*|escap\\w*|dodg\\w*|get out of)\\b.{0,40}\\b(report\\w*|flag\\w*)"
					+ "|\\bwithout\\b.{0,20}\\b(being |getting |it being )?(report\\w*|flag\\w*)\\b"
					+ "|\\b(under|below|beneath) the (reporting|report) (limit|threshold|line)"
					+ "|\\bwithout (a |any )?(review|checks?|approval|verification|credit check)\\b"
					+ "|\\b(fill|filled) (in|out)\\b.{0,30}\\b(questionnaire|assessment)\\b.{0,10}\\bfor me\\b"
					+ "|\\b(rates?|interest|yields?)\\b.{0,30}\\bnext (year|month|quarter)\\b"),
			// forged documents (a fake bank statement or payslip)
			Pattern.compile("\\b(fake|forged?|falsif\\w*|doctored|made.up)\\b.{0,20}\\b(statements?|payslips?|pay slips?|documents?|proof|income|bank records?|papers?)\\b"),
			Pattern.compile("\\b(will|going to|gonna)\\b.{0,40}\\b(go up|rise|increase|double|grow|fall|drop|crash|go down)\\b"),
			Pattern.compile("\\bguarantee[sd]?\\b.{0,30}([0-9]+ ?%|\\breturns?\\b|\\bprofits?\\b|\\byields?\\b|\\binterest\\b)"),
			Pattern.compile("\\b(can|could|will|do) you (promise|guarantee)\\b"),
			Pattern.compile("\\brecommend\\b.{0,30}\\b(funds?|stocks?|shares?|investments?|products?|insurance|gold)\\b"),
			Pattern.compile("\\b(which|what)\\b.{0,20}\\b(funds?|stocks?|shares?|investments?|products?)\\b.{0,20}"
					+ "\\b(should|best|highest|most|to buy|will)\\b"),
			Pattern.compile("\\bshould i (buy|invest|sell|put my money)\\b|\\bbest (fund|stock|investment|return)s?\\b"
					+ "|\\bhighest (return|yield|interest)|\\bmake (the most )?money\\b|\\bget rich\\b|\\bdouble my money\\b"),
			Pattern.compile("\\bwhich (one )?is better\\b|\\bbetter (for me|choice|option|deal)\\b|\\bor\\b.{1,40}\\b(better|best)\\b"
					+ "|\\bshould i (choose|pick|go for|switch|move|keep|take out)\\b|\\bgood investment\\b"
					+ "|\\bworth (buying|investing|it)\\b|\\bgood time to (buy|invest|sell)\\b|\\b(a )?good buy\\b|\\b(buy|sell|invest)\\b.{0,30}\\bright now\\b|\\bwhat (should|would) you (buy|invest)"),
			Pattern.compile("\\bshould (i|we)\\b.{0,60}\\bor\\b.{0,30}\\b(invest|buy|save|keep|put|pay|spend|move)"),
			// a choice between two actions on the customer's money, or the decision left to the assistant: is it better to
			// pay off the mortgage or invest, sell now or wait, wait for rates to rise before depositing, decide for me — not how or where something is done (online or
			// at a branch)
			Pattern.compile("\\b(better|wiser|smarter)\\b.{0,50}\\bor (to )?(invest|buy|sell|save|keep|wait|surrender|cancel"
					+ "|redeem|withdraw|hold|put|pay|deposit|spend|leave|renew)\\b"
					+ "|\\bshould (i|we)\\b.{0,60}\\bor\\b.{0,30}\\b(wait|sell|surrender|cancel|redeem|withdraw|hold|deposit|leave|renew)"
					+ "|\\b(wait|hold off)\\b.{0,20}\\b(rates?|prices?|gold|the market)\\b.{0,10}\\b(to )?(rise|fall|go up|go down|drop)"
					+ "\\b.{0,20}\\b(before|then|and then)\\b"
					+ "|\\b(decide|choose|pick) for me\\b|\\bmake the (call|decision) for me\\b|\\bif you were me\\b|\\bin my (shoes|place)\\b"),
			// a way round the risk questionnaire, and the top rate guaranteed (guarantee the top rate)
			Pattern.compile("\\b(any way|a way|how (can|could|do) i|is there a way)\\b.{0,40}\\b(skip|avoid|get out of|without)\\b"
					+ ".{0,20}\\brisk (assessment|questionnaire|test|profil\\w*)"
					+ "|\\b(guarantee\\w*|promise\\w*)\\b.{0,40}\\b(top|highest|maximum|max|best|upper|full)\\b.{0,10}"
					+ "\\b(rate|return|yield|interest)s?\\b"),
			Pattern.compile("\\b(stocks?|shares? market|stock market|bitcoin|crypto\\w*|forex)\\b|\\b(predict|forecast)\\w*\\b"));

	private AdviceGuard() {
	}

	/** Whether the question, normalised by {@link QuestionText#normalise}, asks for financial advice. */
	static boolean asksForAdvice(String normalised) {
		return ADVICE.stream().anyMatch(pattern -> pattern.matcher(normalised).find());
	}
}
