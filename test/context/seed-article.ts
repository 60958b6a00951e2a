/**
 * The seed story for `topic="auto"` (issue 16): a Thames Valley Police story on online child abuse
 * arrests, copied from /work/shared/seed-article.txt. It must give child-sexual-abuse.
 */
export const seedArticle = `A THAMES Valley Police detective has warned that people who access child abuse material online will be caught.
It comes after 31 arrests were made and 276 items were seized this month in a crack-down on people accessing the material across the region.
The force's Paedophile Online Investigation Team (POLIT) has been raiding homes to combat this activity as well as carrying out safeguarding visits where children have uploaded child abuse material.
It receives referrals from the National Crime Agency and other law enforcement agencies, before raiding addresses in the Thames Valley arresting people who are believed to be involved in online child sexual abuse and seizing items from their homes.
This month, the team had 43 referrals and 32 children have been safeguarded as a result.
Referrals have risen by 93 per cent in the past 12 months compared to the same time period in 2018-2019.
With more people working from home and online due to coronavirus restrictions, the POLIT team has worked to combat those who are looking to exploit this in order to abuse children.
Detective Inspector Jon Axford, of the POLIT team, said: “Sadly, we know that there are a number of criminals out there who have tried to take the opportunity afforded to them by the fact that more people are online to sexually exploit children.
“These offenders come from a variety of different backgrounds and situations. Many of them have families of their own, who have no idea whatsoever as to their offending.
“These warrants should serve as a warning to anyone who thinks that this sort of offending is harmless and without consequence. It isn’t. We know exactly who you are, who you are talking to, and we will come to your house and arrest you, in front of your family and loved ones if necessary.
“These warrants are also not a one off. We are constantly monitoring the intelligence we receive and we have an extremely good understanding of who is committing this type of offence." If concerned for the safety of a child, call 101, or the NSPCC helpline on 0808 800 5000. If concerned about the sexual behaviour of an adult or a child, call 101 or the Stop it Now helpline.`;
